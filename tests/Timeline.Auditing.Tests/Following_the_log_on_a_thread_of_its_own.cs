using System.Collections.Concurrent;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Timeline.Auditing.Checkpoints;
using Timeline.Auditing.Tree;
using Timeline.EventStore;
using Timeline.EventStore.Sqlite;

namespace Timeline.Auditing.Tests;

/// <summary>
/// The follower commits each batch to the tree file with a sync of the disk: it does so on a thread of its own, so that
/// it never holds one of the threads that serve requests while writes arrive.
/// </summary>
public sealed class Following_the_log_on_a_thread_of_its_own : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tree-follower-").FullName;

    [Fact]
    public async Task The_follower_hashes_and_signs_each_batch_on_its_own_thread()
    {
        using var store = new SqliteEventStore(Path.Combine(_folder, "events.db"));
        using var tree = new MerkleTreeStore(Path.Combine(_folder, "auditlog.db"));
        var options = new AuditingOptions { CheckpointEveryEvents = 1 };
        using var key = new SigningKey(options, Path.Combine(_folder, "log-signing-key.pem"));
        // The checkpointer reads its clock for each checkpoint it signs, right after each batch: the clock sees the thread.
        var clock = new ThreadNotingClock();
        var checkpoints = new CheckpointStore(tree);
        using var follower = new TreeFollower(store, tree, new Checkpointer(tree, checkpoints, key, clock), options, clock,
            NullLogger<TreeFollower>.Instance);
        await follower.StartAsync(CancellationToken.None);

        var head = 0L;
        for (var i = 0; i < 5; i++)
        {
            head = (await store.AppendAsync($"record-{i}", ExpectedRevision.NoStream, [Event(i)])).Position;
            using var within = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (tree.Position < head)
                await Task.Delay(10, within.Token);
        }
        await follower.StopAsync(CancellationToken.None);

        Assert.Equal(head, tree.Position);
        Assert.NotEmpty(clock.Threads);
        Assert.All(clock.Threads, thread =>
        {
            Assert.False(thread.OnPool, "the follower ran on a thread pool thread");
            Assert.Equal("Audit tree follower", thread.Name);
        });
    }

    /// <summary>
    /// The follower takes each commit's events from the subscription on its own thread: through a pool thread and a
    /// channel, every batch cost a wake-up of each, and the follower often woke after the first few of a commit's events.
    /// </summary>
    [Fact]
    public async Task The_follower_takes_the_log_from_the_subscription_on_its_own_thread()
    {
        using var inner = new SqliteEventStore(Path.Combine(_folder, "events.db"));
        var store = new ThreadNotingStore(inner);
        using var tree = new MerkleTreeStore(Path.Combine(_folder, "auditlog.db"));
        var options = new AuditingOptions();
        using var key = new SigningKey(options, Path.Combine(_folder, "log-signing-key.pem"));
        using var follower = new TreeFollower(store, tree, new Checkpointer(tree, new CheckpointStore(tree), key, TimeProvider.System), options,
            TimeProvider.System, NullLogger<TreeFollower>.Instance);
        await follower.StartAsync(CancellationToken.None);

        var head = 0L;
        for (var i = 0; i < 5; i++)
        {
            head = (await store.AppendAsync($"record-{i}", ExpectedRevision.NoStream, [Event(i), Event(i + 100)])).Position;
            using var within = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (tree.Position < head)
                await Task.Delay(10, within.Token);
        }
        await follower.StopAsync(CancellationToken.None);

        Assert.Equal(10, store.Threads.Count);
        Assert.All(store.Threads, thread => Assert.Equal((false, "Audit tree follower"), thread));
    }

    /// <summary>
    /// A follower that stops, or fails on a batch, leaves the subscription waiting for the next commit: that step is
    /// cancelled and awaited before the subscription is disposed, so leaving the batches ends at once and cleanly.
    /// </summary>
    [Fact]
    public async Task Leaving_the_batches_while_the_subscription_waits_ends_it_cleanly()
    {
        using var store = new SqliteEventStore(Path.Combine(_folder, "events.db"), pollInterval: TimeSpan.FromMinutes(5));
        await store.AppendAsync("record-1", ExpectedRevision.NoStream, [Event(1), Event(2)]);

        var taken = 0;
        var leaving = Task.Run(async () =>
        {
            await foreach (var batch in LogBatches.FollowAsync(store, 0, 1_000, CancellationToken.None))
            {
                taken = batch.Count;
                break;
            }
        });

        Assert.Same(leaving, await Task.WhenAny(leaving, Task.Delay(TimeSpan.FromSeconds(30))));
        await leaving;
        Assert.Equal(2, taken);
    }

    /// <summary>The embedded store, noting the thread each event of a subscription is taken on.</summary>
    private sealed class ThreadNotingStore(IEventStore inner) : IEventStore
    {
        public ConcurrentQueue<(bool OnPool, string? Name)> Threads { get; } = [];

        public async IAsyncEnumerable<StoredEvent> SubscribeToAllAsync(long afterPosition,
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var e in inner.SubscribeToAllAsync(afterPosition, cancellationToken))
            {
                Threads.Enqueue((Thread.CurrentThread.IsThreadPoolThread, Thread.CurrentThread.Name));
                yield return e;
            }
        }

        public Task<AppendResult> AppendAsync(string stream, ExpectedRevision expected, IReadOnlyList<EventData> events,
            CancellationToken cancellationToken = default) => inner.AppendAsync(stream, expected, events, cancellationToken);

        public IAsyncEnumerable<StoredEvent> ReadStreamAsync(string stream, ReadDirection direction = ReadDirection.Forwards, long? fromRevision = null,
            int maxCount = int.MaxValue, CancellationToken cancellationToken = default) =>
            inner.ReadStreamAsync(stream, direction, fromRevision, maxCount, cancellationToken);

        public IAsyncEnumerable<StoredEvent> ReadAllAsync(long afterPosition = 0, int maxCount = int.MaxValue, CancellationToken cancellationToken = default) =>
            inner.ReadAllAsync(afterPosition, maxCount, cancellationToken);

        public Task<long> ReadHeadPositionAsync(CancellationToken cancellationToken = default) => inner.ReadHeadPositionAsync(cancellationToken);
    }

    private static EventData Event(int i) =>
        new(Guid.NewGuid(), "ActivityReported.v1", Encoding.UTF8.GetBytes($$"""{"title":"Activity {{i}}"}"""),
            new EventMetadata("tester", Guid.NewGuid(), Guid.NewGuid()));

    private sealed class ThreadNotingClock : TimeProvider
    {
        public ConcurrentBag<(bool OnPool, string? Name)> Threads { get; } = [];

        public override DateTimeOffset GetUtcNow()
        {
            Threads.Add((Thread.CurrentThread.IsThreadPoolThread, Thread.CurrentThread.Name));
            return base.GetUtcNow();
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
