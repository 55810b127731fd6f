using System.Collections.Concurrent;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Storage;

/// <summary>
/// What the fold's commits changed, for values the readers hold between them. Each commit counts up once just before
/// it and once just after (so the count is odd while one is under way) and stamps the timelines it changes with the
/// count it began at, or every timeline at once. A value read once the count was <c>n</c> still holds for a timeline
/// while that timeline's stamp is below <c>n</c>: no commit changing it has begun since, so SQLite would answer the same.
/// A stamp is set before its commit, so a reader that finds none for a timeline reads what SQLite holds for it then.
/// </summary>
internal sealed class CommitStamps
{
    /// <summary>Past this many stamped timelines every timeline is stamped at once: held values are read again, never wrong.</summary>
    private const int TrackedTimelines = 100_000;

    // Stamps are counts at which a commit began (1, 3, 5...); "no commit since the file was opened" is below every count.
    private const long NoCommit = -1;

    private long _count;
    // The stamp of the latest commit that changed every timeline; a timeline absent from _stamps has none later.
    private long _everything = NoCommit;
    private readonly ConcurrentDictionary<string, long> _stamps = new(StringComparer.Ordinal);

    /// <summary>Read before the value it keeps: the value is then at least as new as every commit stamped below it.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>Called by the fold just before committing <paramref name="changes"/>.</summary>
    public void Beginning(TimelineChanges changes)
    {
        var stamp = Interlocked.Increment(ref _count);
        if (changes.Everything || _stamps.Count + changes.Timelines.Count > TrackedTimelines)
        {
            // The floor before the map is emptied: a reader that misses a timeline in the map then finds the floor raised.
            Interlocked.Exchange(ref _everything, stamp);
            _stamps.Clear();
            return;
        }
        foreach (var timeline in changes.Timelines)
            _stamps[timeline] = stamp;
    }

    /// <summary>Called by the fold once the commit has ended, whether it succeeded or not.</summary>
    public void Ended() => Interlocked.Increment(ref _count);

    /// <summary>
    /// Whether a value of <paramref name="timeline"/> (null: one that only a change to every timeline changes, such as the
    /// registry) read once the count was <paramref name="readAt"/> is still what SQLite answers.
    /// </summary>
    public bool Unchanged(string? timeline, long readAt)
    {
        var stamp = timeline is not null && _stamps.TryGetValue(timeline, out var stamped) ? stamped : NoCommit;
        return Math.Max(stamp, Interlocked.Read(ref _everything)) < readAt;
    }
}

/// <summary>
/// Values read from the read model and held by key until a commit changes the timeline they belong to (see
/// <see cref="CommitStamps"/>). Holds at most <c>capacity</c> of them; past it, all are let go and read again.
/// </summary>
internal sealed class HeldReads<T>(int capacity)
{
    private readonly ConcurrentDictionary<string, Held> _held = new(StringComparer.Ordinal);

    /// <param name="timeline">What a commit must change for the value to change, as <see cref="CommitStamps.Unchanged"/> takes it.</param>
    /// <param name="read">Reads the value from SQLite; a null one is not held.</param>
    public async Task<T?> GetAsync(CommitStamps commits, string key, string? timeline, Func<CancellationToken, Task<T?>> read,
        CancellationToken cancellationToken)
    {
        if (Find(commits, key, timeline) is { } held)
            return held.Value;
        var readAt = commits.Count;
        var value = await read(cancellationToken);
        if (value is not null)
            Hold(key, readAt, value);
        return value;
    }

    /// <summary>The value held for <paramref name="key"/> while it is still what SQLite answers, with the count it was read at.</summary>
    public Held? Find(CommitStamps commits, string key, string? timeline) =>
        _held.TryGetValue(key, out var held) && commits.Unchanged(timeline, held.ReadAt) ? held : null;

    /// <param name="readAt">The count read before <paramref name="value"/> was read (<see cref="CommitStamps.Count"/>).</param>
    public void Hold(string key, long readAt, T value)
    {
        if (_held.Count >= capacity)
            _held.Clear();
        // Two readers may race here: each value holds under its own count, so either may stay.
        _held[key] = new Held(readAt, value);
    }

    public sealed record Held(long ReadAt, T Value);
}
