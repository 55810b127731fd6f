using System.Diagnostics;
using System.Runtime.CompilerServices;
using Timeline.Auditing.Checkpoints;
using Timeline.Auditing.Proofs.Checkpoints;
using Timeline.Auditing.Proofs.Merkle;
using Timeline.Auditing.Tree;
using Timeline.EventStore;

namespace Timeline.Auditing.Verification;

/// <summary>
/// Recomputes the tree from the event store, leaf by leaf, and compares it with the tree the follower recorded
/// and with every signed checkpoint (its root at its size, and its signature); checks every source's checksum
/// on the way. One pass over the log, with memory bounded by the tree's height and the few thousand events read ahead.
/// </summary>
public sealed class LogVerifier(IEventStore store, MerkleTreeStore tree, CheckpointStore checkpoints, SigningKey key)
{
    private const int MaxBreaks = 100;
    private const int LeavesAtATime = 4_096;

    /// <param name="progress">Hears the number of events checked every <paramref name="every"/> events.</param>
    public async Task<VerifyReport> VerifyAsync(Action<long>? progress = null, long every = 10_000, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var signed = checkpoints.All();
        using var publicKey = key.Published.Import();
        using var reader = tree.OpenReader();
        using var leafReader = tree.OpenReader();
        await using var leaves = StoredLeafHashes(leafReader, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var range = new CompactRange();
        var breaks = new List<LogBreak>();
        var nextCheckpoint = CheckCheckpoints(signed, 0, range, publicKey, breaks);
        var sources = 0L;
        // Only the first change of order is followed: after a deletion or a swap, every later leaf is shifted.
        (long Index, long Position, Guid TreeId, StoredEvent InStore)? reordering = null;
        string? reorderingKind = null;

        await foreach (var (e, hash, checkedSources, mismatch) in HashedLog.ReadAsync(store, cancellationToken))
        {
            var index = range.Size;
            if (reordering is { } open && reorderingKind is null && e.EventId == open.TreeId)
                reorderingKind = reader.HasEvent(open.InStore.EventId)
                    ? BreakKinds.Reordered : BreakKinds.UnexpectedEvent;
            if (await leaves.MoveNextAsync())
            {
                var leaf = leaves.Current;
                if (leaf.EventId == e.EventId && !hash.AsSpan().SequenceEqual(leaf.Hash.Span))
                    Add(breaks, new LogBreak(BreakKinds.MismatchedLeaf, index, e.Position, e.EventId, null,
                        $"event {e.EventId} ({e.Stream}@{e.Revision}) hashes to {TreeHash.ToHex(hash)}, the tree recorded {TreeHash.ToHex(leaf.Hash.ToArray())}"));
                else if (leaf.EventId != e.EventId)
                    reordering ??= (index, e.Position, leaf.EventId, e);
            }
            sources += checkedSources;
            if (mismatch is not null)
                Add(breaks, new LogBreak(BreakKinds.SourceChecksum, index, e.Position, e.EventId, null, mismatch));
            range.Append(hash);
            nextCheckpoint = CheckCheckpoints(signed, nextCheckpoint, range, publicKey, breaks);
            if (range.Size % every == 0)
                progress?.Invoke(range.Size);
        }

        if (reordering is { } first)
            Add(breaks, new LogBreak(reorderingKind ?? BreakKinds.MissingEvent, first.Index, first.Position, first.TreeId, null,
                reorderingKind switch
                {
                    BreakKinds.Reordered => $"the tree has event {first.TreeId} at leaf {first.Index}; the store has {first.InStore.EventId} there and {first.TreeId} later",
                    BreakKinds.UnexpectedEvent => $"the store has event {first.InStore.EventId} at leaf {first.Index}, which the tree never saw",
                    _ => $"the tree has event {first.TreeId} at leaf {first.Index}; the store no longer holds it",
                }));
        if (await leaves.MoveNextAsync())
            Add(breaks, new LogBreak(BreakKinds.MissingEvent, range.Size, leaves.Current.Position, leaves.Current.EventId, null,
                $"the tree has {reader.Size()} leaves; the store holds only {range.Size} events"));
        foreach (var beyond in signed.Skip(nextCheckpoint))
        {
            Add(breaks, new LogBreak(BreakKinds.MissingEvent, null, null, null, beyond.Size,
                $"a checkpoint covers {beyond.Size} leaves; the store holds only {range.Size} events"));
            CheckSignature(beyond, publicKey, breaks);
        }

        var ordered = breaks.OrderBy(b => b.At).ThenBy(b => b.LeafIndex is null).ToList();
        return new VerifyReport(ordered.Count == 0, range.Size, reader.Size(), signed.Count, sources, ordered.FirstOrDefault(), ordered,
            Math.Round(clock.Elapsed.TotalSeconds, 3));
    }

    /// <summary>The tree's leaves in order, read in large ranges on a thread of their own, a few ranges ahead of the comparing.</summary>
    private static async IAsyncEnumerable<LeafHash> StoredLeafHashes(TreeReader leafReader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var chunk in ReadAhead.ChunksAsync<LeafHash[]>(async (chunks, stop) =>
        {
            foreach (var read in leafReader.AllLeafHashes(LeavesAtATime))
                await chunks.WriteAsync(read, stop);
        }, 4, cancellationToken))
        {
            foreach (var leaf in chunk)
                yield return leaf;
        }
    }

    /// <summary>Checks every checkpoint whose size the recomputed tree has just reached; returns the next one to wait for.</summary>
    private static int CheckCheckpoints(List<SignedCheckpoint> signed, int next, CompactRange range, System.Security.Cryptography.ECDsa publicKey,
        List<LogBreak> breaks)
    {
        for (; next < signed.Count && signed[next].Size == range.Size; next++)
        {
            var checkpoint = signed[next];
            var root = TreeHash.ToHex(range.Root());
            if (root != checkpoint.RootHash)
                Add(breaks, new LogBreak(BreakKinds.CheckpointRoot, null, null, null, checkpoint.Size,
                    $"the checkpoint of {checkpoint.IssuedAt:O} says the root of {checkpoint.Size} leaves is {checkpoint.RootHash}; recomputed from the store it is {root}"));
            CheckSignature(checkpoint, publicKey, breaks);
        }
        return next;
    }

    private static void CheckSignature(SignedCheckpoint checkpoint, System.Security.Cryptography.ECDsa publicKey, List<LogBreak> breaks)
    {
        if (!checkpoint.IsSignedBy(publicKey))
            Add(breaks, new LogBreak(BreakKinds.BadSignature, null, null, null, checkpoint.Size,
                $"the checkpoint of {checkpoint.IssuedAt:O} (size {checkpoint.Size}, key {checkpoint.KeyId}) is not signed by the log's key {LogKey.IdOf(publicKey)}"));
    }

    private static void Add(List<LogBreak> breaks, LogBreak found)
    {
        if (breaks.Count < MaxBreaks)
            breaks.Add(found);
    }
}
