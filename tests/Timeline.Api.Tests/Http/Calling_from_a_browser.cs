using System.Net;

namespace Timeline.Api.Tests.Http;

/// <summary>CORS: only the configured origins get the header; with none configured, nobody does.</summary>
public sealed class Calling_from_a_browser(BrowserFacingApi browserFacing, EmptyStoreApi plain)
    : IClassFixture<BrowserFacingApi>, IClassFixture<EmptyStoreApi>
{
    private const string AllowOrigin = "Access-Control-Allow-Origin";

    [Fact]
    public async Task A_configured_origin_is_allowed_and_another_is_not_even_when_the_answer_is_cached()
    {
        var http = browserFacing.CreateClient();

        using var allowed = await GetFromAsync(http, BrowserFacingApi.AllowedOrigin);
        using var other = await GetFromAsync(http, "https://elsewhere.example.net");
        using var allowedAgain = await GetFromAsync(http, BrowserFacingApi.AllowedOrigin);

        Assert.Equal(BrowserFacingApi.AllowedOrigin, Assert.Single(allowed.Headers.GetValues(AllowOrigin)));
        Assert.False(other.Headers.Contains(AllowOrigin), "another origin was allowed");
        Assert.Equal(BrowserFacingApi.AllowedOrigin, Assert.Single(allowedAgain.Headers.GetValues(AllowOrigin)));
        Assert.Contains("ETag", string.Join(',', allowed.Headers.GetValues("Access-Control-Expose-Headers")));
    }

    [Fact]
    public async Task A_preflight_from_the_configured_origin_may_send_the_API_key()
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/records");
        request.Headers.Add("Origin", BrowserFacingApi.AllowedOrigin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "x-api-key,content-type");

        using var response = await browserFacing.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("x-api-key", string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Without_configured_origins_no_response_carries_a_CORS_header()
    {
        using var response = await GetFromAsync(plain.CreateClient(), BrowserFacingApi.AllowedOrigin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(response.Headers, header => header.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
    }

    private static Task<HttpResponseMessage> GetFromAsync(HttpClient http, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/countries");
        request.Headers.Add("Origin", origin);
        return http.SendAsync(request);
    }
}
