using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Timeline.EventStore;
using Timeline.Projections.Telemetry;

namespace Timeline.Projections.Tests;

/// <summary>
/// The runner blocks in SQLite for a whole batch: it does so on a thread of its own, so that it neither takes a thread
/// from the pool that serves requests nor waits in the pool's queue behind them to fold the next write.
/// </summary>
public sealed class Folding_on_a_thread_of_its_own : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("timeline-runner-thread-").FullName;
    private readonly ActivityListener _listener;
    // Each fold span's trace, with the thread that started it.
    private readonly ConcurrentDictionary<ActivityTraceId, (bool FromThePool, string? Name, int Id)> _foldedOn = new();

    public Folding_on_a_thread_of_its_own()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == FoldSpans.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = activity => _foldedOn.TryAdd(activity.TraceId,
                (Thread.CurrentThread.IsThreadPoolThread, Thread.CurrentThread.Name, Environment.CurrentManagedThreadId)),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [Fact]
    public async Task Live_writes_are_folded_one_after_another_on_the_runners_own_thread()
    {
        using var following = await FollowingRunner.StartAsync(_folder, Within());
        var (store, status, runner) = (following.Store, following.Status, following.Runner);

        var traces = new List<ActivityTraceId>();
        var position = 0L;
        foreach (var id in new[] { "first", "second" })
        {
            var trace = ActivityTraceId.CreateRandom();
            traces.Add(trace);
            position = await Log.AppendAsync(store, [Given.Meeting(id, "2021-06-01")],
                new EventMetadata("tests", Guid.NewGuid(), Guid.NewGuid(), TraceParent: $"00-{trace}-{ActivitySpanId.CreateRandom()}-01"));
            await status.WaitForAsync(position, Within());
        }
        await runner.StopAsync(CancellationToken.None);

        var threads = traces.Select(trace => _foldedOn[trace]).ToList();
        Assert.All(threads, thread => Assert.False(thread.FromThePool));
        Assert.All(threads, thread => Assert.Equal("Projection runner", thread.Name));
        Assert.Equal(threads[0].Id, threads[1].Id);
        Assert.Equal(position, following.ReadModel.ReadCheckpoint());
    }

    private static CancellationToken Within() => new CancellationTokenSource(TimeSpan.FromSeconds(15)).Token;

    public void Dispose()
    {
        _listener.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
