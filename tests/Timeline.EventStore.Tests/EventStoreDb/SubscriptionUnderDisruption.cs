using Timeline.EventStore.Tests.Conformance;

namespace Timeline.EventStore.Tests.EventStoreDb;

/// <summary>
/// A live subscription to a fresh stream while its server is disrupted: three events before, the disruption,
/// three while the subscriber reconnects, three after. What it received must be exactly <see cref="Written"/>.
/// </summary>
public static class SubscriptionUnderDisruption
{
    public static readonly string[] Written =
        ["before-0", "before-1", "before-2", "between-0", "between-1", "between-2", "after-0", "after-1", "after-2"];

    public static async Task<List<string>> RunAsync(IEventStore subscriber, IEventStore writer, Func<Task> disrupt)
    {
        var stream = TestEvents.NewStream();
        var token = TestEvents.Within(30);
        var received = new List<string>();
        var firstThree = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscription = Task.Run(async () =>
        {
            await foreach (var e in subscriber.SubscribeToAllAsync(0, token))
            {
                if (e.Stream != stream)
                    continue;
                received.Add(TestEvents.Label(e));
                if (received.Count == 3)
                    firstThree.SetResult();
                if (received.Count == Written.Length)
                    return;
            }
        }, token);

        await writer.AppendAsync(stream, ExpectedRevision.NoStream, TestEvents.Many("before", 3));
        await firstThree.Task.WaitAsync(token);
        await disrupt();
        // Written while the subscriber is still reconnecting: they come as catch-up, the rest as live events.
        await writer.AppendAsync(stream, ExpectedRevision.Exact(2), TestEvents.Many("between", 3));
        await writer.AppendAsync(stream, ExpectedRevision.Exact(5), TestEvents.Many("after", 3));
        await subscription;
        return received;
    }
}
