using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Timeline.Auditing.Tree;
using Timeline.EventStore;

namespace Timeline.Auditing.Verification;

/// <summary>One event of the log with its leaf hash, and how many of its sources were checked with the first that failed.</summary>
internal readonly record struct HashedEvent(StoredEvent Event, byte[] Hash, int SourcesChecked, string? SourceMismatch);

internal static class HashedLog
{
    private const int Chunk = 256;
    private const int ChunksAhead = 16;

    /// <summary>
    /// The whole log in order, each event with its leaf hash and its sources checked, on a thread of its own a few
    /// thousand events ahead: reading the log, hashing and checking then overlap with the caller's comparing and tree
    /// reads, where one thread did them all in turn. Each payload is parsed once for both its leaf and its sources,
    /// and events cross between the threads a chunk at a time, so the threads meet once per chunk, not per event.
    /// </summary>
    public static async IAsyncEnumerable<HashedEvent> ReadAsync(IEventStore store, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<List<HashedEvent>>(new BoundedChannelOptions(ChunksAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(async () =>
        {
            try
            {
                var chunk = new List<HashedEvent>(Chunk);
                await foreach (var e in store.ReadAllAsync(0, int.MaxValue, stop.Token))
                {
                    (int Count, string? Mismatch) sources = (0, null);
                    var hash = StoredLeaves.Of(e).Hash(payload => sources = SourceChecksums.Check(payload));
                    chunk.Add(new HashedEvent(e, hash, sources.Count, sources.Mismatch));
                    if (chunk.Count < Chunk)
                        continue;
                    await channel.Writer.WriteAsync(chunk, stop.Token);
                    chunk = new List<HashedEvent>(Chunk);
                }
                if (chunk.Count > 0)
                    await channel.Writer.WriteAsync(chunk, stop.Token);
                channel.Writer.Complete();
            }
            catch (Exception error)
            {
                channel.Writer.Complete(error);
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var chunk in channel.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var hashed in chunk)
                    yield return hashed;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await reading;
        }
    }
}
