using Timeline.EventStore.EventStoreDb;
using Timeline.EventStore.Tests.Conformance;
using Timeline.EventStore.Tests.EventStoreDb.Double;

namespace Timeline.EventStore.Tests.EventStoreDb;

/// <summary>A live subscription that sees its server stop and start again resumes where it was.</summary>
public sealed class Reconnecting : IAsyncLifetime
{
    private static readonly EventStoreDbRetryPolicy Quick = new() { FirstDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(200) };
    private EventStoreDbDouble _server = null!;

    public async Task InitializeAsync() => _server = await EventStoreDbDouble.StartAsync();

    [Fact]
    public async Task A_subscription_resumes_after_a_server_restart_with_no_gap_and_no_repeat()
    {
        using var subscriber = new EventStoreDbEventStore(EventStoreDbConnectionString.Parse(_server.ConnectionString), retry: Quick);
        using var writer = new EventStoreDbEventStore(EventStoreDbConnectionString.Parse(_server.ConnectionString), retry: Quick);
        var stream = TestEvents.NewStream();
        var token = TestEvents.Within(30);
        var received = new List<string>();
        var firstThree = new TaskCompletionSource();
        var all = Task.Run(async () =>
        {
            await foreach (var e in subscriber.SubscribeToAllAsync(0, token))
            {
                received.Add(TestEvents.Label(e));
                if (received.Count == 3)
                    firstThree.SetResult();
                if (received.Count == 9)
                    return;
            }
        }, token);

        await writer.AppendAsync(stream, ExpectedRevision.NoStream, TestEvents.Many("before", 3));
        await firstThree.Task.WaitAsync(token);
        await _server.RestartAsync();
        // Written while the subscriber is still reconnecting: they come as catch-up, the rest as live events.
        await writer.AppendAsync(stream, ExpectedRevision.Exact(2), TestEvents.Many("between", 3));
        await writer.AppendAsync(stream, ExpectedRevision.Exact(5), TestEvents.Many("after", 3));
        await all;

        Assert.Equal(
            ["before-0", "before-1", "before-2", "between-0", "between-1", "between-2", "after-0", "after-1", "after-2"],
            received);
    }

    [Fact]
    public async Task A_subscription_keeps_trying_while_the_server_stays_down_and_then_catches_up()
    {
        using var subscriber = new EventStoreDbEventStore(EventStoreDbConnectionString.Parse(_server.ConnectionString), retry: Quick);
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
