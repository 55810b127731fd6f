namespace Timeline.EventStore.Sqlite;

/// <summary>
/// Wakes live subscribers after a commit. A waiter takes the current task before it reads, so a commit
/// that lands between its read and its wait still wakes it.
/// </summary>
internal sealed class AppendSignal
{
    private TaskCompletionSource _next = NewSource();

    public Task Next => Volatile.Read(ref _next).Task;

    public void Raise() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
