using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Timeline.Api.Catalogue;
using Timeline.Api.Http;
using Timeline.Api.Security;
using Timeline.Domain.Countries;
using Timeline.Domain.Dates;
using Timeline.Domain.Records;

namespace Timeline.Api.OpenApi;

/// <summary>
/// Completes the generated OpenAPI document with what the code knows but the generator cannot see: parameter
/// meanings and shapes, the API key, ETag headers, and the formats of EDTF dates, country codes and kinds.
/// </summary>
public static class ApiDescription
{
    public const string ApiKeyScheme = "ApiKey";

    public static IServiceCollection AddTimelineOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "OUC Timeline";
            document.Info.Description = "Records of institutions' activities as an append-only log of events, read back as timelines and counts. "
                + "Reads need no key; writes need the X-Api-Key header. Errors are RFC 7807 problem details.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyFilter.HeaderName,
                Description = "A configured key; its name is stored as the recordedBy of every event the request writes.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var path = "/" + (context.Description.RelativePath ?? "").Split('?')[0];
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
                Describe(parameter, ParameterDocs.For(path, parameter.Name ?? ""));
            if (metadata.OfType<RequiresApiKey>().Any())
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [] }];
            if (metadata.OfType<HonoursIfMatch>().Any())
                AddHeader(operation, "If-Match", "The record's ETag as last read, such as \"0\": the write is refused with 409 if the record has moved on since.");
            if (metadata.OfType<AnswersETag>().Any())
            {
                AddHeader(operation, "If-None-Match", "An ETag from an earlier answer: 304 with no body while it is still current.");
                operation.Responses?.TryAdd("304", new OpenApiResponse { Description = "Not modified: the tag sent in If-None-Match is still current; no body." });
                AddResponseHeader(operation, "ETag", "A strong tag of this answer, to send back in If-None-Match.");
            }
            if (path is "/api/institutions" or "/api/countries")
                AddResponseHeader(operation, CatalogueEndpoints.TotalCountHeader, "How many entries match in all pages.");
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = context.JsonTypeInfo.Type;
            if (type == typeof(HistoricalDate))
                MakeString(schema, ParameterDocs.EdtfDescription, ParameterDocs.EdtfPattern, "edtf");
            else if (type == typeof(CountryCode))
                MakeString(schema, ParameterDocs.CountryDescription, ParameterDocs.CountryPattern, "iso-3166-1-alpha-2");
            else if (context.JsonPropertyInfo?.Name == "kind" && schema.Type == JsonSchemaType.String)
                schema.Enum = Enum.GetNames<ActivityKind>().Select(name => (JsonNode)name).ToList();
            else if (context.JsonPropertyInfo?.Name == "verdict" && schema.Type?.HasFlag(JsonSchemaType.String) == true)
                schema.Enum = Enum.GetValues<ReviewVerdict>().Select(v => (JsonNode)ReviewVerdicts.NameOf(v)).ToList();
            return Task.CompletedTask;
        });
    });

    private static void Describe(OpenApiParameter parameter, ParameterDoc? doc)
    {
        if (doc is null)
            return;
        parameter.Description = doc.Description;
        if (parameter.Schema is not OpenApiSchema schema)
            return;
        schema.Pattern = doc.Pattern ?? schema.Pattern;
        schema.Format = doc.Format ?? schema.Format;
        if (doc.Values is { } values)
            schema.Enum = values.Select(v => (JsonNode)v).ToList();
    }

    private static void MakeString(OpenApiSchema schema, string description, string pattern, string format)
    {
        schema.Type = JsonSchemaType.String;
        schema.Properties?.Clear();
        schema.Required?.Clear();
        schema.Description = description;
        schema.Pattern = pattern;
        schema.Format = format;
    }

    private static void AddHeader(OpenApiOperation operation, string name, string description)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Header,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }

    private static void AddResponseHeader(OpenApiOperation operation, string name, string description)
    {
        if (operation.Responses?.GetValueOrDefault("200") is not OpenApiResponse ok)
            return;
        ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
        ok.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
    }
}
