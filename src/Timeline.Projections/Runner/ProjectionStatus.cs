namespace Timeline.Projections.Runner;

/// <summary>How far the read models have folded the log, for lag reports and bounded waits.</summary>
public sealed class ProjectionStatus
{
    private long _checkpoint;
    private TaskCompletionSource _advanced = NewSource();

    public long Checkpoint => Interlocked.Read(ref _checkpoint);

    public string? LastError { get; private set; }

    public DateTimeOffset? LastErrorAt { get; private set; }

    public void Advance(long checkpoint)
    {
        Interlocked.Exchange(ref _checkpoint, checkpoint);
        LastError = null;
        Interlocked.Exchange(ref _advanced, NewSource()).TrySetResult();
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
    /// back), or with <paramref name="seen"/> when <paramref name="patience"/> runs out first.
    /// </summary>
    public async Task<long> WaitForChangeAsync(long seen, TimeSpan patience, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(patience);
        while (true)
        {
            var advanced = Volatile.Read(ref _advanced).Task;
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
