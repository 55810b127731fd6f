using System.IO.Compression;
using System.Net;
using System.Text.Json;

namespace Timeline.Api.Tests.Http;

public sealed class Answering_as_a_web_server_should(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly HttpClient _http = factory.CreateClient();

    [Theory]
    [InlineData("/api/institutions")]
    [InlineData("/api/records/no-such-record")]
    [InlineData("/no/such/route")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        using var response = await _http.GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("script-src 'self'", policy);
    }

    [Theory]
    [InlineData("/api/institutions")]
    [InlineData("/api/activity/by-year")]
    [InlineData("/api/projections/status")]
    public async Task HEAD_is_answered_wherever_GET_is_without_a_body(string path)
    {
        using var get = await _http.GetAsync(path);
        using var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
    }

    [Fact]
    public async Task An_address_too_long_is_refused_with_problem_details()
    {
        using var response = await _http.GetAsync($"/api/timelines/institutions/{new string('a', 9000)}");

        await Problems.AssertProblemAsync(response, HttpStatusCode.RequestUriTooLong);
    }

    [Fact]
    public async Task Headers_too_large_are_refused_with_problem_details()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/institutions");
        for (var i = 0; i < 8; i++)
            request.Headers.Add($"X-Padding-{i}", new string('p', 5000));

        using var response = await _http.SendAsync(request);

        await Problems.AssertProblemAsync(response, HttpStatusCode.RequestHeaderFieldsTooLarge);
    }

    [Fact]
    public async Task API_answers_are_compressed_for_clients_that_accept_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/activity/by-year");
        request.Headers.Add("Accept-Encoding", "br");

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
        await using var body = new BrotliStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var document = await JsonDocument.ParseAsync(body);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }

    [Fact]
    public async Task The_event_stream_is_never_compressed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events/stream");
        request.Headers.Add("Accept-Encoding", "br, gzip");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
