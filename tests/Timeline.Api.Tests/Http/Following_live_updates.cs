using System.Diagnostics;
using System.Text.Json.Nodes;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Http;

/// <summary><c>GET /api/events/stream</c>: server-sent checkpoints, read as a browser's EventSource would.</summary>
public sealed class Following_live_updates(BrowserFacingApi factory) : IClassFixture<BrowserFacingApi>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task The_stream_opens_with_the_checkpoint_and_sends_the_new_one_after_an_activity_is_recorded()
    {
        // A registered host, so the record is the only event the write appends.
        var host = NewId("inst");
        await ApiClient.AcceptedAsync(await _api.PostAsync("/api/institutions", new JsonObject { ["id"] = host, ["name"] = "Host" }),
            System.Net.HttpStatusCode.Created);
        await _api.CatchUpAsync();
        using var stream = await OpenAsync();
        var opening = await stream.NextCheckpointAsync();
        var progress = await _api.ProgressAsync();
        Assert.Equal(progress.Checkpoint, opening["position"]!.GetValue<long>());
        Assert.Equal(progress.Head, opening["head"]!.GetValue<long>());

        var ack = await ApiClient.AcceptedAsync(await _api.RecordAsync(Meeting(NewId("rec"), host)), System.Net.HttpStatusCode.Created);

        JsonNode update;
        do
            update = await stream.NextCheckpointAsync();
        while (update["position"]!.GetValue<long>() < ack.Position);
        Assert.Equal(ack.Position, update["position"]!.GetValue<long>());
        Assert.True(update["head"]!.GetValue<long>() >= ack.Position);
    }

    [Fact]
    public async Task While_nothing_moves_the_stream_sends_heartbeat_comments()
    {
        await _api.CatchUpAsync();
        using var stream = await OpenAsync();
        await stream.NextCheckpointAsync();

        var line = await stream.NextLineAsync(line => line.StartsWith(':'));

        Assert.StartsWith(": heartbeat", line);
    }

    private async Task<EventStream> OpenAsync()
    {
        var response = await _api.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/events/stream"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>Reads the stream line by line, each read bounded so a silent stream fails the test instead of hanging it.</summary>
    private sealed class EventStream(HttpResponseMessage response, StreamReader reader) : IDisposable
    {
        public async Task<string> NextLineAsync(Func<string, bool> wanted)
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < Patience)
            {
                using var timeout = new CancellationTokenSource(Patience - clock.Elapsed);
                var line = await reader.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("The stream ended.");
                if (wanted(line))
                    return line;
            }
            throw new TimeoutException($"No wanted line within {Patience.TotalSeconds} s.");
        }

        /// <summary>The data of the next <c>checkpoint</c> event.</summary>
        public async Task<JsonNode> NextCheckpointAsync()
        {
            await NextLineAsync(line => line == "event: checkpoint");
            var data = await NextLineAsync(line => line.StartsWith("data: ", StringComparison.Ordinal));
            return JsonNode.Parse(data["data: ".Length..])!;
        }

        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
        }
    }
}
