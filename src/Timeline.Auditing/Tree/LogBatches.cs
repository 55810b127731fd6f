using System.Runtime.CompilerServices;
using Timeline.EventStore;

namespace Timeline.Auditing.Tree;

internal static class LogBatches
{
    /// <summary>
    /// Follows the log after <paramref name="after"/> and hands over whatever has arrived, up to <paramref name="max"/>
    /// events at a time: large batches while catching up, what one commit stored when live. The subscription is read on
    /// the caller's own thread, and a batch ends where its next event is not there yet: before, a pool thread read it
    /// into a channel, and each commit's events woke the follower from the pool, often after the first few of them.
    /// </summary>
    public static async IAsyncEnumerable<List<StoredEvent>> FollowAsync(IEventStore store, long after, int max,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var log = store.SubscribeToAllAsync(after, stop.Token).GetAsyncEnumerator(stop.Token);
        // A step of the subscription still waiting while the batch before it is handed over, or none.
        ValueTask<bool>? waiting = null;
        var batch = new List<StoredEvent>(max);
        try
        {
            while (true)
            {
                var next = log.MoveNextAsync();
                if (!next.IsCompleted && batch.Count > 0)
                {
                    // The batch is handed over while the subscription waits; it is awaited once the tree has taken it.
                    waiting = next;
                    yield return batch;
                    waiting = null;
                    batch = new List<StoredEvent>(max);
                }
                if (!await next)
                    break;
                batch.Add(log.Current);
                if (batch.Count == max)
                {
                    yield return batch;
                    batch = new List<StoredEvent>(max);
                }
            }
            if (batch.Count > 0)
                yield return batch;
        }
        finally
        {
            await StopAsync(log, waiting, stop);
        }
    }

    /// <summary>
    /// A subscription may be disposed only once no step of it is under way: one left waiting when the caller stopped (or
    /// failed on a batch) is cancelled and waited for first, and what it ends with no longer matters.
    /// </summary>
    private static async ValueTask StopAsync(IAsyncEnumerator<StoredEvent> log, ValueTask<bool>? waiting, CancellationTokenSource stop)
    {
        if (waiting is { } next)
        {
            await stop.CancelAsync();
            try
            {
                await next;
            }
            catch (OperationCanceledException)
            {
            }
        }
        await log.DisposeAsync();
    }
}
