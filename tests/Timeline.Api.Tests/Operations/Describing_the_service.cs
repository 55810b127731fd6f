using System.Net;
using System.Text.Json.Nodes;

namespace Timeline.Api.Tests.Operations;

/// <summary>What operators and client authors read: the OpenAPI document, readiness and projection lag.</summary>
public sealed class Describing_the_service(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Theory]
    [InlineData("/api/records", "post")]
    [InlineData("/api/records/{recordId}", "get")]
    [InlineData("/api/records/{recordId}/corrections", "post")]
    [InlineData("/api/records/{recordId}/retraction", "post")]
    [InlineData("/api/timelines/institutions/{institutionId}", "get")]
    [InlineData("/api/timelines/countries/{countryCode}", "get")]
    [InlineData("/api/activity/by-year", "get")]
    [InlineData("/api/institutions", "get")]
    [InlineData("/api/countries", "get")]
    [InlineData("/api/projections/status", "get")]
    [InlineData("/health/ready", "get")]
    public async Task The_OpenAPI_document_describes_each_route(string path, string method)
    {
        var paths = (await _api.GetJsonAsync("/openapi/v1.json"))["paths"]!.AsObject();

        var described = paths[path];
        Assert.True(described is not null, $"'{path}' is not among {string.Join(", ", paths.Select(p => p.Key))}");
        Assert.True(described[method] is JsonObject, $"'{path}' has no '{method}' operation: {described.ToJsonString()}");
    }

    [Fact]
    public async Task The_OpenAPI_document_says_reading_an_unknown_record_answers_a_404_problem()
    {
        var read = (await _api.GetJsonAsync("/openapi/v1.json"))["paths"]!["/api/records/{recordId}"]!["get"]!;

        var notFound = read["responses"]?["404"];
        Assert.True(notFound?["content"]?[Problems.ContentType] is not null, $"No 404 problem in {read.ToJsonString()}");
    }

    [Fact]
    public async Task The_OpenAPI_document_is_an_OpenAPI_3_document_of_version_1()
    {
        using var response = await _api.Http.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.StartsWith("3.", document["openapi"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_service_reports_ready_when_its_event_store_answers()
    {
        using var response = await _api.Http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ready", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_projection_status_reports_no_lag_once_the_read_models_catch_up()
    {
        await _api.CatchUpAsync();

        var progress = await _api.ProgressAsync();

        Assert.Equal(progress.Head, progress.Checkpoint);
        Assert.Equal(0, progress.Lag);
        Assert.Null(progress.LastError);
    }

    [Fact]
    public async Task The_service_uses_the_data_folder_it_is_configured_with()
    {
        await _api.CatchUpAsync();

        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "events.db")), $"no events.db in {factory.DataDirectory}");
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "readmodel.db")), $"no readmodel.db in {factory.DataDirectory}");
    }
}
