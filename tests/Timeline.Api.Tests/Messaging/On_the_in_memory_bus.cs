namespace Timeline.Api.Tests.Messaging;

public sealed class On_the_in_memory_bus : Messaging_behaviour
{
    protected override BusApi Api { get; } = new(rabbitMqPort: null);

    [Fact]
    public Task A_command_message_is_recorded_and_shows_up_on_the_timeline() => A_command_sent_on_the_bus_shows_up_on_the_timeline();

    [Fact]
    public Task Record_changes_are_published_in_order() => Subscribers_receive_recorded_corrected_reviewed_and_retracted_in_order();

    [Fact]
    public Task A_refused_command_goes_to_the_error_queue() => An_invalid_command_lands_in_the_error_queue_with_the_reason();
}
