using System.Collections.Concurrent;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Runner;

/// <summary>How far the read models have folded the log, for lag reports, bounded waits and read-cache generations.</summary>
public sealed class ProjectionStatus
{
    /// <summary>
    /// How many timelines keep a position of their own; past it they are forgotten and all start again from the
    /// checkpoint, which costs cached answers, never correctness.
    /// </summary>
    public const int TrackedTimelines = 100_000;

    private long _checkpoint;
    // A timeline absent from _changedAt last changed at or before _everythingChangedAt.
    private long _everythingChangedAt;
    private readonly ConcurrentDictionary<string, long> _changedAt = new(StringComparer.Ordinal);
    private long _head;
    private TaskCompletionSource _advanced = NewSource();
    // Completed on the publishing thread itself: see WaitForChangeAsync.
    private TaskCompletionSource _changed = new();
    private readonly TaskCompletionSource _following = NewSource();

    public long Checkpoint => Interlocked.Read(ref _checkpoint);

    /// <summary>The furthest log position the runner has seen: the head as it read it, or the last event delivered to it.</summary>
    public long Head => Interlocked.Read(ref _head);

    /// <summary>Events the runner has seen but not folded yet.</summary>
    public long Lag => Math.Max(0, Head - Checkpoint);

    public string? LastError { get; private set; }

    public DateTimeOffset? LastErrorAt { get; private set; }

    /// <summary>
    /// The position at which what <paramref name="timeline"/> (named as <see cref="TimelineChanges"/> names it)
    /// shows last changed, or a later one no further than the checkpoint: the same value means the same answer.
    /// Read it before reading the rows, as the checkpoint, so an answer is kept under a generation no newer than it.
    /// </summary>
    public long GenerationOf(string timeline)
    {
        // The map before the floor: a timeline dropped from the map was dropped after the floor passed it.
        var known = _changedAt.TryGetValue(timeline, out var changedAt);
        var floor = Interlocked.Read(ref _everythingChangedAt);
        return known ? Math.Max(changedAt, floor) : floor;
    }

    /// <summary>Moved to <paramref name="checkpoint"/> with nothing said of what changed: every timeline may have.</summary>
    public void Advance(long checkpoint)
    {
        ForgetTimelines(checkpoint);
        Publish(checkpoint);
    }

    /// <summary>Moved to <paramref name="checkpoint"/> by a fold that changed only <paramref name="changes"/>; call once it is committed.</summary>
    public void Advance(long checkpoint, TimelineChanges changes)
    {
        if (changes.Everything || _changedAt.Count + changes.Timelines.Count > TrackedTimelines)
        {
            ForgetTimelines(checkpoint);
        }
        else
        {
            foreach (var timeline in changes.Timelines)
                _changedAt[timeline] = checkpoint;
        }
        Publish(checkpoint);
    }

    private void ForgetTimelines(long checkpoint)
    {
        Interlocked.Exchange(ref _everythingChangedAt, checkpoint);
        _changedAt.Clear();
    }

    private void Publish(long checkpoint)
    {
        Interlocked.Exchange(ref _checkpoint, checkpoint);
        LastError = null;
        Interlocked.Exchange(ref _advanced, NewSource()).TrySetResult();
        // Without the runner's synchronization context, so that the waiters' continuations may run here rather than
        // being queued (an await never runs inline under a context of another type).
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            Interlocked.Exchange(ref _changed, new()).TrySetResult();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }

    /// <summary>
    /// Completes once the runner has folded the log as it stood when it started (in bulk, for a new read model) and
    /// folds each new append as it arrives.
    /// </summary>
    public Task Following => _following.Task;

    public void FollowingLive() => _following.TrySetResult();

    public void ObserveHead(long position)
    {
        var seen = Head;
        while (position > seen && Interlocked.CompareExchange(ref _head, position, seen) != seen)
            seen = Head;
    }

    public void Fail(Exception error, DateTimeOffset at)
    {
        LastError = error.Message;
        LastErrorAt = at;
    }

    /// <summary>Completes once the read models include <paramref name="position"/>; throws when the token ends first.</summary>
    public async Task WaitForAsync(long position, CancellationToken cancellationToken)
    {
        while (true)
        {
            var advanced = Volatile.Read(ref _advanced).Task;
            if (Checkpoint >= position)
                return;
            await advanced.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Completes with the checkpoint once it is no longer <paramref name="seen"/> (it moved on, or a rebuild took it
    /// back), or with <paramref name="seen"/> when <paramref name="patience"/> runs out first. The caller's
    /// continuation runs on the thread that moved the checkpoint (the runner's), not queued to the thread pool: under
    /// load the pool's queue held the live stream's news of a fold for tens to hundreds of milliseconds. So a caller
    /// must do only a little before it waits again, and never block (the live stream writes one line).
    /// </summary>
    public async Task<long> WaitForChangeAsync(long seen, TimeSpan patience, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(patience);
        while (true)
        {
            var advanced = Volatile.Read(ref _changed).Task;
            if (Checkpoint != seen)
                return Checkpoint;
            try
            {
                await advanced.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return seen;
            }
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
