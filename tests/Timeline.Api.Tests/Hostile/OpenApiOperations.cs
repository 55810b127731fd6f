using System.Text.Json.Nodes;

namespace Timeline.Api.Tests.Hostile;

/// <summary>A parameter as the OpenAPI document lists it: its name and where it goes (path, query or header).</summary>
public sealed record SweptParameter(string Name, string In);

/// <summary>
/// One operation of the service, read from its own OpenAPI document: what the sweep sends hostile values through.
/// <see cref="BodyFields"/> are the dotted paths of the request body's fields, nested objects and list items included.
/// </summary>
public sealed record SweptOperation(string Method, string Path, IReadOnlyList<SweptParameter> Parameters,
    IReadOnlyList<string> BodyTypes, IReadOnlyList<string> BodyFields)
{
    public string Name => $"{Method} {Path}";

    public IEnumerable<SweptParameter> In(string where) => Parameters.Where(p => p.In == where);

    public static IReadOnlyList<SweptOperation> All(JsonNode document)
    {
        var schemas = document["components"]?["schemas"]?.AsObject() ?? [];
        var operations = new List<SweptOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject().Where(p => p.Key != "parameters"))
            {
                var parameters = (operation!["parameters"]?.AsArray() ?? [])
                    .Select(p => new SweptParameter(p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>()))
                    .ToList();
                var content = operation["requestBody"]?["content"]?.AsObject();
                var types = content?.Select(c => c.Key).ToList() ?? [];
                var fields = new List<string>();
                if (content?["application/json"]?["schema"] is { } schema)
                    CollectFields(schema, schemas, "", fields, depth: 0);
                operations.Add(new SweptOperation(method.ToUpperInvariant(), path, parameters, types, fields));
            }
        }
        return operations;
    }

    private static void CollectFields(JsonNode schema, JsonObject schemas, string prefix, List<string> fields, int depth)
    {
        schema = Resolve(schema, schemas);
        if (depth > 2)
            return;
        if (schema["items"] is { } items)
        {
            CollectFields(items, schemas, prefix.Length == 0 ? "0" : prefix + ".0", fields, depth + 1);
            return;
        }
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
            fields.Add(path);
            CollectFields(property!, schemas, path, fields, depth + 1);
        }
    }

    private static JsonNode Resolve(JsonNode schema, JsonObject schemas)
    {
        // A nullable reference comes as oneOf [null, $ref] or anyOf; the object branch is the one with fields.
        foreach (var branch in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema[branch]?.AsArray().FirstOrDefault(s => s?["$ref"] is not null || s?["properties"] is not null) is { } chosen)
                return Resolve(chosen, schemas);
        }
        return schema["$ref"]?.GetValue<string>() is { } reference
            ? schemas[reference.Split('/')[^1]] ?? new JsonObject()
            : schema;
    }
}
