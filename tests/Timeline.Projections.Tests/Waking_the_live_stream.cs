using Timeline.Projections.Runner;

namespace Timeline.Projections.Tests;

/// <summary>
/// The live stream's news of a fold: under load the thread pool's queue held it for tens to hundreds of
/// milliseconds, so a waiter for a new checkpoint continues on the thread that moved it.
/// </summary>
public sealed class Waking_the_live_stream
{
    [Fact]
    public async Task A_waiter_for_a_new_checkpoint_continues_on_the_thread_that_moved_it()
    {
        var status = new ProjectionStatus();
        using var registered = new ManualResetEventSlim();
        // Started on the pool, where no synchronization context would take the continuation elsewhere (as in a request).
        var woke = Task.Run(() =>
        {
            var waiting = CheckpointAndThreadAfterChangeAsync(status);
            registered.Set();
            return waiting;
        });
        Assert.True(registered.Wait(TimeSpan.FromSeconds(10)), "the waiter never started");
        Assert.False(woke.IsCompleted, "the waiter did not wait");

        var mover = 0;
        var moving = new Thread(() =>
        {
            mover = Environment.CurrentManagedThreadId;
            status.Advance(5);
        });
        moving.Start();
        moving.Join();
        var (checkpoint, thread) = await woke.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(5, checkpoint);
        Assert.Equal(mover, thread);
    }

    [Fact]
    public async Task A_waiter_with_nothing_new_hears_the_old_checkpoint_when_its_patience_runs_out()
    {
        var status = new ProjectionStatus();
        status.Advance(3);

        var now = await status.WaitForChangeAsync(3, TimeSpan.FromMilliseconds(50), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(3, now);
    }

    private static async Task<(long Checkpoint, int Thread)> CheckpointAndThreadAfterChangeAsync(ProjectionStatus status)
    {
        var now = await status.WaitForChangeAsync(0, TimeSpan.FromSeconds(30), CancellationToken.None).ConfigureAwait(false);
        return (now, Environment.CurrentManagedThreadId);
    }
}
