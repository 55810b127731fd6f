using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Timeline.Auditing.Tree;
using Timeline.EventStore;

namespace Timeline.Auditing.Verification;

/// <summary>One event of the log with its leaf hash.</summary>
internal readonly record struct HashedEvent(StoredEvent Event, byte[] Hash);

internal static class HashedLog
{
    private const int Ahead = 4096;

    /// <summary>
    /// The whole log in order, each event with its leaf hash, read and hashed on a thread of its own a few thousand
    /// events ahead: reading the log and hashing its leaves then overlap with the caller's comparing and tree reads,
    /// where one thread did them all in turn.
    /// </summary>
    public static async IAsyncEnumerable<HashedEvent> ReadAsync(IEventStore store, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<HashedEvent>(new BoundedChannelOptions(Ahead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(async () =>
        {
            try
            {
                await foreach (var e in store.ReadAllAsync(0, int.MaxValue, stop.Token))
                    await channel.Writer.WriteAsync(new HashedEvent(e, StoredLeaves.Of(e).Hash()), stop.Token);
                channel.Writer.Complete();
            }
            catch (Exception error)
            {
                channel.Writer.Complete(error);
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var hashed in channel.Reader.ReadAllAsync(cancellationToken))
                yield return hashed;
        }
        finally
        {
            await stop.CancelAsync();
            await reading;
        }
    }
}
