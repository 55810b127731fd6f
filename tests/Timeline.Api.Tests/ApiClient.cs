using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Timeline.Api.Tests;

/// <summary>What a write answers: the record, its new revision and the log position of the last event written.</summary>
public sealed record WriteAck(string RecordId, long Revision, long Position);

/// <summary>The read models' progress as <c>GET /api/projections/status</c> reports it.</summary>
public sealed record ProjectionProgress(long Checkpoint, long Head, long Lag, string? LastError);

/// <summary>Talks to the service the way a newsroom client would, and waits for the read models to catch up.</summary>
public sealed class ApiClient(HttpClient http)
{
    public static readonly TimeSpan ProjectionTimeout = TimeSpan.FromSeconds(10);

    public HttpClient Http => http;

    public Task<HttpResponseMessage> RecordAsync(JsonNode body, string? apiKey = TimelineApiFactory.Key, Guid? correlationId = null) =>
        PostAsync("/api/records", body, apiKey, correlationId: correlationId);

    public Task<HttpResponseMessage> CorrectAsync(string recordId, JsonObject changes, string reason = "The announcement was misread.",
        string? ifMatch = null, string? apiKey = TimelineApiFactory.Key) =>
        PostAsync($"/api/records/{recordId}/corrections", new JsonObject { ["changes"] = changes, ["reason"] = reason }, apiKey, ifMatch);

    public Task<HttpResponseMessage> RetractAsync(string recordId, string reason = "Not an activity of the university.",
        string? ifMatch = null, string? apiKey = TimelineApiFactory.Key) =>
        PostAsync($"/api/records/{recordId}/retraction", new JsonObject { ["reason"] = reason }, apiKey, ifMatch);

    public Task<HttpResponseMessage> PostAsync(string path, JsonNode body, string? apiKey = TimelineApiFactory.Key,
        string? ifMatch = null, Guid? correlationId = null) =>
        PostRawAsync(path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), apiKey, ifMatch, correlationId);

    public Task<HttpResponseMessage> PostRawAsync(string path, HttpContent content, string? apiKey = TimelineApiFactory.Key,
        string? ifMatch = null, Guid? correlationId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (apiKey is not null)
            request.Headers.Add("X-Api-Key", apiKey);
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (correlationId is { } correlation)
            request.Headers.Add("X-Correlation-Id", correlation.ToString());
        return http.SendAsync(request);
    }

    /// <summary>Records <paramref name="body"/>, insisting that it is accepted, and waits until the read models show it.</summary>
    public async Task<WriteAck> RecordAndProjectAsync(JsonNode body)
    {
        var ack = await AcceptedAsync(await RecordAsync(body), HttpStatusCode.Created);
        await WaitForProjectionsAsync(ack.Position);
        return ack;
    }

    /// <summary>Insists the write succeeded with <paramref name="expected"/> and reads its acknowledgement.</summary>
    public static async Task<WriteAck> AcceptedAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        var ack = System.Text.Json.JsonSerializer.Deserialize<WriteAck>(text, System.Text.Json.JsonSerializerOptions.Web);
        Assert.NotNull(ack);
        return ack;
    }

    /// <summary>GETs <paramref name="path"/>, insisting on 200, and returns the JSON it answered.</summary>
    public async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await http.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text) ?? throw new InvalidOperationException($"GET {path} answered null.");
    }

    public async Task<ProjectionProgress> ProgressAsync() =>
        await http.GetFromJsonAsync<ProjectionProgress>("/api/projections/status")
        ?? throw new InvalidOperationException("The projection status was null.");

    public async Task<long> HeadAsync() => (await ProgressAsync()).Head;

    /// <summary>Polls the projection status until its checkpoint reaches <paramref name="position"/>; fails the test after the timeout.</summary>
    public async Task WaitForProjectionsAsync(long position)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var progress = await ProgressAsync();
            if (progress.Checkpoint >= position)
                return;
            if (clock.Elapsed > ProjectionTimeout)
                Assert.Fail($"The read models did not reach position {position} within {ProjectionTimeout.TotalSeconds} s: "
                    + $"checkpoint {progress.Checkpoint}, head {progress.Head}, last error '{progress.LastError}'.");
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }

    /// <summary>Waits until the read models include everything in the log now.</summary>
    public async Task CatchUpAsync() => await WaitForProjectionsAsync(await HeadAsync());

    /// <summary>Polls <paramref name="condition"/> until it holds; fails the test with <paramref name="failure"/> after 30 s.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string failure)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), failure);
            await Task.Delay(10);
        }
    }
}
