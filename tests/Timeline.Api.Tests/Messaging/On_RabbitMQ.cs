using System.Net;
using Timeline.Contracts;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Messaging;

public sealed class On_RabbitMQ(RabbitMqNode node) : Messaging_behaviour, IClassFixture<RabbitMqNode>
{
    protected override BusApi Api { get; } = new(rabbitMqPort: node.Port);

    [RabbitMqFact]
    public Task A_command_message_is_recorded_and_shows_up_on_the_timeline() => A_command_sent_on_the_bus_shows_up_on_the_timeline();

    [RabbitMqFact]
    public Task Record_changes_are_published_in_order() => Subscribers_receive_recorded_corrected_reviewed_and_retracted_in_order();

    [RabbitMqFact]
    public Task A_refused_command_goes_to_the_error_queue() => An_invalid_command_lands_in_the_error_queue_with_the_reason();

    [RabbitMqFact]
    public async Task With_the_broker_down_mid_run_every_change_arrives_afterwards_and_none_twice_after_dedupe()
    {
        var collector = await Api.ListenAsync($"outage-{Guid.NewGuid():N}", new ChangeCollector());
        var recorded = new List<string>();
        for (var i = 0; i < 5; i++)
            recorded.Add(await RecordAsync());

        node.Stop();
        for (var i = 0; i < 5; i++)
            recorded.Add(await RecordAsync());
        node.Start();

        var received = await collector.WaitForAsync(r => recorded.All(id => r.Any(m => m.RecordId == id)), TimeSpan.FromSeconds(90));
        var unique = received.Where(m => recorded.Contains(m.RecordId)).DistinctBy(m => m.MessageId).ToList();
        Assert.Equal(recorded.Order(), unique.Select(m => m.RecordId).Order());
        Assert.All(unique, m => Assert.Equal(nameof(RecordRecordedV1), m.Type));
        Assert.Equal(unique.Select(m => m.Position).Order(), unique.Select(m => m.Position));
    }

    private async Task<string> RecordAsync()
    {
        var recordId = NewId("outage");
        await ApiClient.AcceptedAsync(await ApiClient.RecordAsync(Meeting(recordId, NewId("inst"))), HttpStatusCode.Created);
        return recordId;
    }
}
