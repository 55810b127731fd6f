using Timeline.EventStore.EventStoreDb;
using Timeline.EventStore.Tests.Conformance;
using Timeline.EventStore.Tests.EventStoreDb.Double;

namespace Timeline.EventStore.Tests.EventStoreDb;

/// <summary>A live subscription that sees its server stop and start again resumes where it was.</summary>
public sealed class Reconnecting : IAsyncLifetime
{
    private EventStoreDbDouble _server = null!;

    public async Task InitializeAsync() => _server = await EventStoreDbDouble.StartAsync();

    [Fact]
    public async Task A_subscription_resumes_after_a_server_restart_with_no_gap_and_no_repeat()
    {
        using var subscriber = new EventStoreDbEventStore(EventStoreDbConnectionString.Parse(_server.ConnectionString), retry: QuickRetry.Policy);
        using var writer = new EventStoreDbEventStore(EventStoreDbConnectionString.Parse(_server.ConnectionString), retry: QuickRetry.Policy);

        var received = await SubscriptionUnderDisruption.RunAsync(subscriber, writer, _server.RestartAsync);

        Assert.Equal(SubscriptionUnderDisruption.Written, received);
    }

    [Fact]
    public async Task A_subscription_keeps_trying_while_the_server_stays_down_and_then_catches_up()
    {
        using var subscriber = new EventStoreDbEventStore(EventStoreDbConnectionString.Parse(_server.ConnectionString), retry: QuickRetry.Policy);
        var stream = TestEvents.NewStream();
        var token = TestEvents.Within(30);
        await _server.StopAsync();

        var first = Task.Run(async () =>
        {
            await foreach (var e in subscriber.SubscribeToAllAsync(0, token))
                return e;
            return null;
        }, token);
        // Give it several failed attempts to make before the server comes back.
        await Assert.ThrowsAsync<TimeoutException>(() => first.WaitAsync(TimeSpan.FromMilliseconds(500), token));
        await _server.StartAgainAsync();
        using var writer = new EventStoreDbEventStore(EventStoreDbConnectionString.Parse(_server.ConnectionString));
        await writer.AppendAsync(stream, ExpectedRevision.NoStream, [TestEvents.One("at last")]);

        Assert.Equal("at last", TestEvents.Label((await first)!));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();
}
