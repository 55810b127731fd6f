using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Timeline.EventStore;

namespace Timeline.Api.Tests.Hostile;

/// <summary>What the hostile sweep and probing by hand found, each held by a test of its own.</summary>
public sealed class Refusing_what_the_sweep_found(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_refusal_is_problem_details_even_to_a_client_that_accepts_only_xml()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/activity/by-month");
        request.Headers.Accept.ParseAdd("application/xml");

        using var response = await _api.Http.SendAsync(request);

        await Problems.AssertInvalidAsync(response, "year");
    }

    [Theory]
    [InlineData("GET", "/api/records/x/nothing", HttpStatusCode.NotFound)]
    [InlineData("POST", "/api/records//corrections", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/imports", HttpStatusCode.MethodNotAllowed)]
    public async Task A_request_that_routes_nowhere_gets_a_problem_naming_its_path(string method, string path, HttpStatusCode status)
    {
        using var response = await _api.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var problem = await Problems.AssertProblemAsync(response, status);
        Assert.Contains("/api/", problem["detail"]?.GetValue<string>() ?? "");
    }

    private static ByteArrayContent Json(byte[] body) => new(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };

    private Task<long> HeadAsync() => factory.Services.GetRequiredService<IEventStore>().ReadHeadPositionAsync();
}
