using System.Runtime.CompilerServices;
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
    /// The whole log in order, each event with its leaf hash and its sources checked. One thread reads the log a chunk
    /// at a time and hands each chunk to the thread pool to be hashed, so chunks are hashed on every core at once
    /// while the caller compares those already done, in log order. Each payload is read once for both its leaf and
    /// its sources.
    /// </summary>
    public static async IAsyncEnumerable<HashedEvent> ReadAsync(IEventStore store, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var hashing in ReadAhead.ChunksAsync<Task<HashedEvent[]>>(async (chunks, stop) =>
        {
            var chunk = new List<StoredEvent>(Chunk);
            await foreach (var e in store.ReadAllAsync(0, int.MaxValue, stop))
            {
                chunk.Add(e);
                if (chunk.Count < Chunk)
                    continue;
                await chunks.WriteAsync(HashAsync(chunk), stop);
                chunk = new List<StoredEvent>(Chunk);
            }
            if (chunk.Count > 0)
                await chunks.WriteAsync(HashAsync(chunk), stop);
        }, ChunksAhead, cancellationToken))
        {
            foreach (var hashed in await hashing)
                yield return hashed;
        }
    }

    private static Task<HashedEvent[]> HashAsync(List<StoredEvent> chunk) => Task.Run(() =>
    {
        var hashed = new HashedEvent[chunk.Count];
        var sources = new SourceInspector();
        for (var i = 0; i < hashed.Length; i++)
        {
            var e = chunk[i];
            var hash = StoredLeaves.Of(e).Hash(sources);
            hashed[i] = new HashedEvent(e, hash, sources.Checked, sources.Mismatch);
        }
        return hashed;
    });
}
