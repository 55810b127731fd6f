using System.Collections.Concurrent;

namespace Timeline.EventStore;

/// <summary>
/// A thread of its own for a long-lived loop that blocks in SQLite (the projection runner, the audit tree's follower),
/// with a synchronization context that brings every continuation of the loop back to it. On the thread pool each
/// blocking step took one of the few threads a small machine has from the requests, and each wake-up of the loop (an
/// append signalled, a batch read) waited in the pool's queue behind them. Work the loop hands off (<c>Task.Run</c>)
/// still goes to the pool.
/// </summary>
public sealed class DedicatedThread : SynchronizationContext
{
    private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = [];

    private DedicatedThread()
    {
    }

    /// <summary>Runs <paramref name="run"/> on a new thread named <paramref name="name"/>; the task ends when it does.</summary>
    public static Task RunAsync(string name, Func<Task> run)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            var context = new DedicatedThread();
            SetSynchronizationContext(context);
            Task running;
            try
            {
                running = run();
            }
            catch (Exception error)
            {
                running = Task.FromException(error);
            }
            running.ContinueWith(_ => context._queue.CompleteAdding(), TaskScheduler.Default);
            foreach (var (callback, state) in context._queue.GetConsumingEnumerable())
                callback(state);
            // Copied only once nothing of the loop is left to run on this thread.
            if (running.IsCanceled)
                done.TrySetCanceled();
            else if (running.Exception is { } failed)
                done.TrySetException(failed.InnerExceptions);
            else
                done.TrySetResult();
        })
        {
            IsBackground = true,
            Name = name,
        };
        thread.Start();
        return done.Task;
    }

    public override void Post(SendOrPostCallback d, object? state)
    {
        try
        {
            _queue.Add((d, state));
        }
        catch (InvalidOperationException)
        {
            // The loop has ended; a late continuation (a timer's, a cancellation's) runs on the pool instead.
            ThreadPool.QueueUserWorkItem(_ => d(state));
        }
    }

    public override void Send(SendOrPostCallback d, object? state) => d(state);

    public override SynchronizationContext CreateCopy() => this;
}
