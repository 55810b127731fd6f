using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Timeline.Auditing.Tree;
using Timeline.EventStore;

namespace Timeline.Auditing.Verification;

/// <summary>One event of the log with its leaf hash, and how many of its sources were checked with the first that failed.</summary>
internal readonly record struct HashedEvent(StoredEvent Event, byte[] Hash, int SourcesChecked, string? SourceMismatch);

internal static class HashedLog
{
    private const int Ahead = 4096;

    /// <summary>
    /// The whole log in order, each event with its leaf hash and its sources checked, on a thread of its own a few
    /// thousand events ahead: reading the log, hashing and checking then overlap with the caller's comparing and tree
    /// reads, where one thread did them all in turn.
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
                {
                    var (sources, mismatch) = SourceChecksums.Check(e.Data);
                    await channel.Writer.WriteAsync(new HashedEvent(e, StoredLeaves.Of(e).Hash(), sources, mismatch), stop.Token);
                }
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
