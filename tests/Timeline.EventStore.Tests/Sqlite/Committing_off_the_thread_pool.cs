using System.Collections.Concurrent;
using Timeline.EventStore.Sqlite;
using Timeline.EventStore.Tests.Conformance;

namespace Timeline.EventStore.Tests.Sqlite;

/// <summary>
/// A commit blocks for its sync of the disk; on the thread pool it held one of a small machine's few threads for as
/// long, and whatever queued behind it waited for the pool to add threads.
/// </summary>
public sealed class Committing_off_the_thread_pool : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Appends_are_committed_on_a_thread_of_the_store_s_own()
    {
        // The store reads its clock inside each commit, for the events' recorded time: the clock sees which thread commits.
        var clock = new ThreadNotingClock();
        using var store = new SqliteEventStore(Path.Combine(_folder.Path, "events.db"), clock);

        var appends = Enumerable.Range(0, 20)
            .Select(i => store.AppendAsync(TestEvents.NewStream(), ExpectedRevision.NoStream, [TestEvents.One($"append {i}")]))
            .ToList();
        await Task.WhenAll(appends).WaitAsync(TestEvents.Within(30));

        Assert.NotEmpty(clock.Threads);
        Assert.All(clock.Threads, thread =>
        {
            Assert.False(thread.OnPool, "a commit ran on a thread pool thread");
            Assert.Equal("Event store group commit", thread.Name);
        });
        Assert.Equal(20, (await store.ReadAllAsync().ToListAsync()).Count);
    }

    private sealed class ThreadNotingClock : TimeProvider
    {
        public ConcurrentBag<(bool OnPool, string? Name)> Threads { get; } = [];

        public override DateTimeOffset GetUtcNow()
        {
            Threads.Add((Thread.CurrentThread.IsThreadPoolThread, Thread.CurrentThread.Name));
            return base.GetUtcNow();
        }
    }

    public void Dispose() => _folder.Dispose();
}
