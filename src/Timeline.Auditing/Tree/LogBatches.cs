using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Timeline.EventStore;

namespace Timeline.Auditing.Tree;

internal static class LogBatches
{
    /// <summary>
    /// Follows the log after <paramref name="after"/> and hands over whatever has arrived, up to
    /// <paramref name="max"/> events at a time: large batches while catching up, single events when live.
    /// </summary>
    public static async IAsyncEnumerable<List<StoredEvent>> FollowAsync(IEventStore store, long after, int max,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<StoredEvent>(new BoundedChannelOptions(max * 2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(async () =>
        {
            try
            {
                await foreach (var e in store.SubscribeToAllAsync(after, stop.Token))
                    await channel.Writer.WriteAsync(e, stop.Token);
                channel.Writer.Complete();
            }
            catch (Exception error)
            {
                channel.Writer.Complete(error);
            }
        }, CancellationToken.None);
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken))
            {
                var batch = new List<StoredEvent>(max);
                while (batch.Count < max && channel.Reader.TryRead(out var e))
                    batch.Add(e);
                yield return batch;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await reading;
        }
    }
}
