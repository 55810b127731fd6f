using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Timeline.Api.Http;

namespace Timeline.Api.Tests.Hostile;

/// <summary>
/// A valid body for each write and a real value for each path parameter: the sweep spoils one part at a time, so
/// the rest of the request is right and the refusal is about the spoilt part. Each body begins with a plain member,
/// which the duplicate-member case repeats.
/// </summary>
public sealed class ValidBodies
{
    private const string Marker = "\"__hostile__\"";

    private readonly Dictionary<string, string> _pathValues;

    private ValidBodies(Dictionary<string, string> bodies, Dictionary<string, string> pathValues, int maxBodyBytes)
    {
        Bodies = bodies;
        _pathValues = pathValues;
        MaxBodyBytes = maxBodyBytes;
    }

    public IReadOnlyDictionary<string, string> Bodies { get; }

    public int MaxBodyBytes { get; }

    public string PathValue(string parameter) => _pathValues.GetValueOrDefault(parameter, "x");

    public static async Task<ValidBodies> ForAsync(ApiClient api, IServiceProvider services)
    {
        var records = await api.GetJsonAsync("/api/records?pageSize=1");
        var recordId = records["entries"]![0]!["recordId"]!.GetValue<string>();
        var people = await api.GetJsonAsync("/api/people?pageSize=1");
        var person = people.AsArray().FirstOrDefault()?["name"]?.GetValue<string>() ?? "x";
        var pathValues = new Dictionary<string, string>
        {
            ["recordId"] = recordId,
            ["institutionId"] = "ouc",
            ["countryCode"] = "CN",
            ["name"] = Uri.EscapeDataString(person),
        };
        var sweepRecord = Activities.Meeting("hostile-sweep-record", "hostile-sweep-partner");
        var bodies = new Dictionary<string, string>
        {
            ["POST /api/records"] = sweepRecord.ToJsonString(),
            ["POST /api/records/{recordId}/corrections"] = """{"reason":"The sweep corrects it.","changes":{"title":"Corrected by the sweep"}}""",
            ["POST /api/records/{recordId}/retraction"] = """{"reason":"The sweep retracts it."}""",
            ["POST /api/records/{recordId}/review"] = """{"verdict":"confirmed","note":"Checked by the sweep."}""",
            ["POST /api/institutions"] = """{"id":"hostile-sweep-college","name":"Hostile Sweep College","acronym":"HSC","country":"KE"}""",
            ["POST /api/institutions/{institutionId}/names"] =
                """{"name":"Open University of China","acronym":"OUC","effectiveOn":"2012-07-31","reason":"Renamed by the sweep."}""",
            ["POST /api/institutions/{institutionId}/aliases"] = """{"aliasId":"hostile-sweep-alias"}""",
            ["POST /api/institutions/{institutionId}/merge"] = """{"into":"hostile-sweep-college"}""",
            ["POST /api/imports"] = """{"documentId":"hostile-sweep","text":"On 3 March 2020, OUC signed a cooperation agreement with UNESCO in Paris."}""",
        };
        return new ValidBodies(bodies, pathValues, services.GetRequiredService<IOptions<ApiOptions>>().Value.MaxBodyBytes);
    }

    /// <summary>The body with the field at <paramref name="path"/> (dotted, <c>0</c> for a list's first item) set to raw JSON.</summary>
    public static string WithField(string body, string path, string rawValue)
    {
        var root = JsonNode.Parse(body)!;
        JsonNode parent = root;
        var steps = path.Split('.');
        for (var i = 0; i < steps.Length - 1; i++)
            parent = Step(parent, steps[i], makesList: steps[i + 1] == "0");
        var last = steps[^1];
        var marker = JsonValue.Create("__hostile__");
        if (parent is JsonArray list)
        {
            if (list.Count == 0)
                list.Add(marker);
            else
                list[0] = marker;
        }
        else
        {
            parent[last] = marker;
        }
        return root.ToJsonString().Replace(Marker, rawValue, StringComparison.Ordinal);
    }

    private static JsonNode Step(JsonNode parent, string step, bool makesList)
    {
        if (parent is JsonArray list)
        {
            if (list.Count == 0 || list[0] is not JsonObject)
            {
                list.Clear();
                list.Add(makesList ? new JsonArray() : new JsonObject());
            }
            return list[0]!;
        }
        var next = parent[step];
        if (next is JsonObject or JsonArray)
            return next;
        JsonNode made = makesList ? new JsonArray() : new JsonObject();
        parent[step] = made;
        return made;
    }
}
