namespace Timeline.EventStore.Sqlite;

/// <summary>
/// The events of the last few commits, as they were stored, for live subscribers to take without reading them back
/// from the file. A commit is added only after it returned, each event built from the bytes bound to its row, the
/// position SQLite gave that row and the metadata decoded from the blob written, so what a subscriber takes here is
/// what a read would return. A subscriber takes only a run that starts just after its checkpoint with no position
/// missing (positions are rowids, given in commit order with no gaps); another process's appends, a subscriber
/// further behind than what is kept, or a store just opened leave a gap, and the subscriber reads the log instead.
/// </summary>
internal sealed class CommittedEvents
{
    /// <summary>About ten commits of 100-event batches, or the follower's largest batch several times over.</summary>
    private const int KeptEvents = 4_096;

    private readonly Lock _lock = new();
    private readonly Queue<StoredEvent[]> _commits = new();
    private int _kept;

    /// <summary>Called on the commit thread after the transaction holding <paramref name="events"/> committed.</summary>
    public void Add(StoredEvent[] events)
    {
        if (events.Length == 0)
            return;
        lock (_lock)
        {
            _commits.Enqueue(events);
            _kept += events.Length;
            while (_kept > KeptEvents && _commits.Count > 1)
                _kept -= _commits.Dequeue().Length;
        }
    }

    /// <summary>
    /// Adds to <paramref name="into"/> up to <paramref name="max"/> kept events from position
    /// <paramref name="after"/> + 1 on, stopping at the first position missing; false when the first is not kept.
    /// </summary>
    public bool TakeAfter(long after, int max, List<StoredEvent> into)
    {
        var next = after + 1;
        lock (_lock)
        {
            foreach (var commit in _commits)
            {
                if (commit[^1].Position < next)
                    continue;
                foreach (var e in commit)
                {
                    if (e.Position < next)
                        continue;
                    if (e.Position != next || into.Count == max)
                        return into.Count > 0;
                    into.Add(e);
                    next++;
                }
            }
        }
        return into.Count > 0;
    }
}
