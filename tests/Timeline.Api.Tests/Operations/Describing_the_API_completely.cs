using System.Net;
using System.Text.Json.Nodes;

namespace Timeline.Api.Tests.Operations;

/// <summary>The OpenAPI document says everything a client author needs, and the reference page works offline.</summary>
public sealed class Describing_the_API_completely(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Every_query_and_path_parameter_has_a_description()
    {
        var missing = (await OperationsAsync())
            .SelectMany(op => (op.Operation["parameters"]?.AsArray() ?? []).Select(p => (op.Name, Parameter: p!)))
            .Where(p => string.IsNullOrWhiteSpace(p.Parameter["description"]?.GetValue<string>()))
            .Select(p => $"{p.Name} {p.Parameter["name"]}")
            .ToList();

        Assert.True(missing.Count == 0, "Undescribed: " + string.Join("; ", missing));
    }

    [Fact]
    public async Task The_writes_require_the_API_key_scheme_and_the_reads_do_not()
    {
        var document = await DocumentAsync();
        var scheme = document["components"]!["securitySchemes"]!["ApiKey"]!;
        Assert.Equal("apiKey", scheme["type"]!.GetValue<string>());
        Assert.Equal("header", scheme["in"]!.GetValue<string>());
        Assert.Equal("X-Api-Key", scheme["name"]!.GetValue<string>());

        foreach (var (name, operation) in await OperationsAsync())
        {
            var secured = operation["security"]?.AsArray().Any(r => r!.AsObject().ContainsKey("ApiKey")) == true;
            Assert.True(secured == name.StartsWith("post", StringComparison.Ordinal), $"{name}: secured is {secured}");
            if (secured)
                AssertProblem(operation, name, "401");
        }
    }

    [Theory]
    [InlineData("post /api/records/{recordId}/corrections", "If-Match", "400", "404", "409", "413", "415")]
    [InlineData("post /api/records/{recordId}/retraction", "If-Match", "400", "404", "409", "413", "415")]
    [InlineData("post /api/records/{recordId}/review", "If-Match", "400", "404", "409", "413", "415")]
    [InlineData("post /api/records", null, "400", "409", "413", "415")]
    [InlineData("get /api/records/{recordId}", "If-None-Match", "400", "404")]
    [InlineData("get /api/records", "If-None-Match", "400")]
    [InlineData("get /api/timelines/institutions/{institutionId}", "If-None-Match", "400", "404")]
    [InlineData("get /api/activity/by-year", "If-None-Match", "400")]
    [InlineData("get /api/activity/by-month", "If-None-Match", "400")]
    [InlineData("get /api/institutions", "If-None-Match", "400")]
    [InlineData("get /api/projections/status", "If-None-Match")]
    public async Task Each_route_lists_its_conditional_header_and_its_errors_as_problem_details(string name, string? header, params string[] statuses)
    {
        var operation = (await OperationsAsync()).Single(op => op.Name == name).Operation;

        if (header is not null)
            Assert.Contains(operation["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == header && p["in"]!.GetValue<string>() == "header");
        foreach (var status in statuses)
            AssertProblem(operation, name, status);
        if (header == "If-None-Match")
            Assert.NotNull(operation["responses"]!["304"]);
    }

    [Fact]
    public async Task Kinds_are_an_enum_and_dates_and_country_codes_say_their_format()
    {
        var operations = (await OperationsAsync()).ToDictionary(op => op.Name, op => op.Operation);
        var byYear = operations["get /api/activity/by-year"]["parameters"]!.AsArray();
        var kind = byYear.Single(p => p!["name"]!.GetValue<string>() == "kind")!["schema"]!;
        Assert.Contains("DelegationVisited", kind["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        var country = byYear.Single(p => p!["name"]!.GetValue<string>() == "country")!["schema"]!;
        Assert.Equal("^[A-Z]{2}$", country["pattern"]!.GetValue<string>());

        var schemas = (await DocumentAsync())["components"]!["schemas"]!.AsObject();
        var entry = schemas["RecordListItem"]!["properties"]!;
        Assert.Equal("edtf", Resolve(schemas, entry["date"]!)["format"]!.GetValue<string>());
        Assert.Contains("EDTF", Resolve(schemas, entry["date"]!)["description"]!.GetValue<string>());
        Assert.Contains("MeetingHeld", entry["kind"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public async Task The_reference_page_is_served_and_asks_no_other_host_for_anything()
    {
        var page = await _api.Http.GetStringAsync("/docs/");
        var script = await _api.Http.GetAsync("/docs/scalar.js");

        Assert.Contains("openapi/v1.json", page);
        Assert.DoesNotMatch(@"(src|href)\s*=\s*[""']?(https?:)?//", page);
        Assert.Contains("\"withDefaultFonts\":false", page);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    private static void AssertProblem(JsonNode operation, string name, string status)
    {
        var response = operation["responses"]?[status];
        Assert.True(response?["content"]?[Problems.ContentType]?["schema"] is not null, $"{name} has no {status} problem: {operation["responses"]?.ToJsonString()}");
    }

    [Theory]
    [InlineData("InstitutionTimeline")]
    [InlineData("CountryTimeline")]
    public async Task A_timeline_page_describes_its_entries_member_by_member(string page)
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!.AsObject();

        var entries = schemas[page]!["properties"]!["entries"]!;
        Assert.Equal("array", entries["type"]?.GetValue<string>());
        var entry = Resolve(schemas, entries["items"]!)["properties"]!.AsObject();
        Assert.Equal(["recordId", "kind", "date", "dateDisplay", "title", "institutions", "countries", "places", "revision", "corrections",
            "position", "registryNames"], entry.Select(member => member.Key));
        Assert.Equal("edtf", Resolve(schemas, entry["date"]!)["format"]!.GetValue<string>());
    }

    private static JsonNode Resolve(JsonObject schemas, JsonNode schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference ? schemas[reference.Split('/')[^1]]! : schema;

    private async Task<JsonNode> DocumentAsync() => await _api.GetJsonAsync("/openapi/v1.json");

    private async Task<List<(string Name, JsonNode Operation)>> OperationsAsync() =>
        (await DocumentAsync())["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => ($"{op.Key} {path.Key}", op.Value!)))
            .ToList();
}
