using System.Text.Json.Nodes;
using Timeline.Contracts;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Messaging;

/// <summary>What the bus does, whatever carries it: the same tests run in memory and on a real RabbitMQ.</summary>
public abstract class Messaging_behaviour : IAsyncLifetime
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    protected abstract BusApi Api { get; }

    private ApiClient Client => field ??= Api.CreateApiClient();

    protected async Task A_command_sent_on_the_bus_shows_up_on_the_timeline()
    {
        var (recordId, institutionId) = (NewId("bus"), NewId("inst"));

        await Api.Bus.Publish(new RecordActivityV1("bus-sender", Meeting(recordId, institutionId).ToJsonString()));

        var record = await EventuallyAsync(() => Client.Http.GetAsync($"/api/records/{recordId}"));
        var json = JsonNode.Parse(record)!;
        Assert.Equal("bus-sender", json["history"]![0]!["recordedBy"]!.GetValue<string>());
        var head = await Client.HeadAsync();
        await Client.WaitForProjectionsAsync(head);
        var timeline = await Client.GetJsonAsync($"/api/timelines/institutions/{institutionId}");
        Assert.Equal(recordId, timeline["entries"]![0]!["recordId"]!.GetValue<string>());
    }

    protected async Task Subscribers_receive_recorded_corrected_reviewed_and_retracted_in_order()
    {
        var collector = await Api.ListenAsync($"changes-{Guid.NewGuid():N}", new ChangeCollector());
        var recordId = NewId("rec");
        var correlation = Guid.NewGuid();

        await ApiClient.AcceptedAsync(await Client.RecordAsync(Meeting(recordId, NewId("inst")), correlationId: correlation), System.Net.HttpStatusCode.Created);
        await ApiClient.AcceptedAsync(await Client.CorrectAsync(recordId, new JsonObject { ["title"] = "Corrected title" }));
        await ApiClient.AcceptedAsync(await Client.PostAsync($"/api/records/{recordId}/review", new JsonObject { ["verdict"] = "confirmed" }));
        await ApiClient.AcceptedAsync(await Client.RetractAsync(recordId));
        var received = (await collector.WaitForAsync(r => r.Count(m => m.RecordId == recordId) >= 4, Patience))
            .Where(m => m.RecordId == recordId).ToList();

        Assert.Equal([nameof(RecordRecordedV1), nameof(RecordCorrectedV1), nameof(RecordReviewedV1), nameof(RecordRetractedV1)],
            received.Select(m => m.Type));
        Assert.Equal(received.Select(m => m.Position).Order(), received.Select(m => m.Position));
        Assert.Equal(4, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(correlation, received[0].CorrelationId);
    }

    protected async Task An_invalid_command_lands_in_the_error_queue_with_the_reason()
    {
        var errors = await Api.ListenAsync("record-activity_error", new ErrorQueueReader(), bindToPublishedMessages: false);
        var head = await Client.HeadAsync();
        var invalid = Meeting(NewId("bad"), NewId("inst"));
        invalid["kind"] = "Parade";

        await Api.Bus.Publish(new RecordActivityV1("bus-sender", invalid.ToJsonString()));

        var deadline = DateTime.UtcNow + Patience;
        while (errors.Faulted.Count == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        var (message, reason) = Assert.Single(errors.Faulted);
        Assert.Contains("Parade", message.Activity);
        Assert.Contains("kind", reason);
        Assert.Equal(head, await Client.HeadAsync());
    }

    protected async Task<string> EventuallyAsync(Func<Task<HttpResponseMessage>> get)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            using var response = await get();
            if (response.IsSuccessStatusCode)
                return await response.Content.ReadAsStringAsync();
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Still {(int)response.StatusCode} after {Patience.TotalSeconds} s.");
            await Task.Delay(50);
        }
    }

    protected ApiClient ApiClient => Client;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Api.DisposeAsync();
}
