using Timeline.EventStore;

namespace Timeline.Auditing.Tree;

/// <summary>What <c>GET /api/log/entries</c> filters on; every part is optional.</summary>
public sealed record LogEntryFilter(long? ToIndex = null, string? RecordedBy = null, string? ImportBatch = null, string? Type = null,
    DateTimeOffset? RecordedFrom = null, DateTimeOffset? RecordedTo = null)
{
    public bool IsEmpty => RecordedBy is null && ImportBatch is null && Type is null && RecordedFrom is null && RecordedTo is null;

    public bool Passes(StoredEvent e) =>
        (RecordedBy is null || e.Metadata.RecordedBy == RecordedBy)
        && (ImportBatch is null || e.Metadata.ImportBatch == ImportBatch)
        && (Type is null || e.Type == Type)
        && (RecordedFrom is null || e.RecordedAt.ToUnixTimeMilliseconds() >= RecordedFrom.Value.ToUnixTimeMilliseconds())
        && (RecordedTo is null || e.RecordedAt.ToUnixTimeMilliseconds() < RecordedTo.Value.ToUnixTimeMilliseconds());
}

/// <summary>A leaf with the event the store holds at its position, or null when the store holds another there or none.</summary>
public sealed record LeafEntry(LeafRow Leaf, StoredEvent? Event);

/// <param name="StoppedAfter">The last leaf looked at when the page stopped at its scan's bound with fewer entries than asked for.</param>
public sealed record LeafEntryPage(List<LeafEntry> Entries, long? StoppedAfter);

/// <summary>
/// The log's entries: the tree's leaves in order, each beside its event as the store reads it at the leaf's position.
/// The tree file keeps no more of an event than its position, id and hash, so the filters look at the store's events
/// (read once, in log order, beside the leaves); a leaf whose event the store no longer holds passes no filter.
/// A page looks at no more than <see cref="ScannedAtMost"/> leaves, so a filter that matches little answers in bounded
/// time with a short page and a place to go on from.
/// </summary>
public static class LeafEntries
{
    public const int ScannedAtMost = 50_000;
    private const int LeavesAtATime = 512;

    /// <summary>Up to <paramref name="limit"/> entries after leaf <paramref name="after"/> that pass <paramref name="filter"/>.</summary>
    public static async Task<LeafEntryPage> PageAsync(TreeReader reader, IEventStore store, LogEntryFilter filter, long after, int limit,
        CancellationToken cancellationToken, int scannedAtMost = ScannedAtMost)
    {
        var page = new List<LeafEntry>();
        var next = Math.Max(0, after + 1);
        var last = Math.Min(filter.ToIndex ?? long.MaxValue, reader.Size());
        var end = Math.Min(last, next + scannedAtMost);
        IAsyncEnumerator<StoredEvent>? events = null;
        StoredEvent? read = null;
        try
        {
            while (page.Count < limit && next < end)
            {
                var leaves = reader.Leaves(next, Math.Min(end, next + LeavesAtATime));
                if (leaves.Count == 0)
                    break;
                events ??= store.ReadAllAsync(leaves[0].Position - 1, cancellationToken: cancellationToken).GetAsyncEnumerator(cancellationToken);
                foreach (var leaf in leaves)
                {
                    while ((read is null || read.Position < leaf.Position) && await events.MoveNextAsync())
                        read = events.Current;
                    var e = read is not null && read.Position == leaf.Position && read.EventId == leaf.EventId ? read : null;
                    if (filter.IsEmpty || (e is not null && filter.Passes(e)))
                        page.Add(new LeafEntry(leaf, e));
                    if (page.Count == limit)
                        break;
                }
                next = leaves[^1].LeafIndex + 1;
            }
        }
        finally
        {
            if (events is not null)
                await events.DisposeAsync();
        }
        var bounded = page.Count < limit && next == end && end < last;
        return new LeafEntryPage(page, bounded ? next - 1 : null);
    }

    /// <summary>The event the store holds at the leaf's position, if it is still the leaf's event.</summary>
    public static async Task<StoredEvent?> EventOfAsync(IEventStore store, LeafRow leaf, CancellationToken cancellationToken)
    {
        await foreach (var e in store.ReadAllAsync(leaf.Position - 1, 1, cancellationToken))
            return e.Position == leaf.Position && e.EventId == leaf.EventId ? e : null;
        return null;
    }
}
