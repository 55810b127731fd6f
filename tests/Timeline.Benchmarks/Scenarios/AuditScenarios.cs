using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Timeline.Auditing;
using Timeline.Auditing.Checkpoints;
using Timeline.Auditing.Proofs.Merkle;
using Timeline.Auditing.Tree;
using Timeline.Auditing.Verification;
using Timeline.Benchmarks.Harness;
using Timeline.EventStore;
using Timeline.EventStore.Sqlite;

namespace Timeline.Benchmarks.Scenarios;

/// <summary>The verifiable log: what keeping the tree costs appends, how fast verify reads the log, how long a proof takes.</summary>
public static class AuditScenarios
{
    private const int BatchSize = 100;

    /// <summary>
    /// 100-event batch appends with the tree kept in step (each batch taken from the subscription and appended to the tree
    /// before the next), and with the tree kept
    /// as the service keeps it, by its follower beside the writer; baseline: appends alone.
    /// </summary>
    public static async Task<IEnumerable<Result>> AppendWithTreeAsync(int events)
    {
        var batches = Batches(events);
        var total = batches.Length * BatchSize;
        double baseline, figure;
        var treeTime = new TreeTime();
        using (var store = new SqliteEventStore(Path.Combine(Measure.Folder("audit-append-bare"), "events.db")))
            baseline = await Measure.RateAsync(total, () => AppendAllAsync(store, batches, null));
        var folder = Measure.Folder("audit-append-tree");
        using (var store = new SqliteEventStore(Path.Combine(folder, "events.db")))
        {
            using var tree = new MerkleTreeStore(Path.Combine(folder, "auditlog.db"));
            figure = await Measure.RateAsync(total, () => AppendAllAsync(store, batches, tree, treeTime));
        }
        var inStep = new Result("audit-append", $"{BatchSize}-event durable batch appends (synchronous=FULL), tree kept in step", figure, "events/s",
            "appends without the tree", baseline, "tree costs <= 10 % (ratio >= 0.9)", figure >= 0.9 * baseline,
            "Each batch is taken from the store's subscription (as its commit stored it, or read back from the log at a gap) and hashed "
            + "into the tree file before the next is appended; the service keeps the tree from a follower instead, off the append path, "
            + $"so this is the most the tree can cost. Taking the batches and adding them to the tree took {treeTime.Wall.TotalMicroseconds / total:N1} µs an event of this run's "
            + $"{1e6 / figure:N1} ({treeTime.Cpu.TotalMicroseconds / total:N1} µs of the process's CPU time, which waiting for a core "
            + "does not count); the rest is the appends, which wait for the disk's sync.",
            Goal.AtLeast(figure / baseline, 0.9));
        return [inStep, await AppendBesideFollowerAsync(batches, baseline)];
    }

    /// <summary>
    /// The same appends with the service's <see cref="TreeFollower"/> running beside the writer, timed until the tree
    /// holds the last event, so a follower that falls behind pays for it in the figure.
    /// </summary>
    private static async Task<Result> AppendBesideFollowerAsync(EventData[][] batches, double baseline)
    {
        var total = batches.Length * BatchSize;
        var folder = Measure.Folder("audit-append-follower");
        using var store = new SqliteEventStore(Path.Combine(folder, "events.db"));
        using var tree = new MerkleTreeStore(Path.Combine(folder, "auditlog.db"));
        var options = new AuditingOptions();
        using var key = new SigningKey(options, Path.Combine(folder, "log-signing-key.pem"));
        var checkpointer = new Checkpointer(tree, new CheckpointStore(tree), key, TimeProvider.System);
        using var follower = new TreeFollower(store, tree, checkpointer, options, TimeProvider.System, NullLogger<TreeFollower>.Instance);
        await follower.StartAsync(CancellationToken.None);
        var behind = 0L;
        var caughtUp = TimeSpan.Zero;
        var figure = await Measure.RateAsync(total, async () =>
        {
            await AppendAllAsync(store, batches, null);
            var last = await store.ReadHeadPositionAsync();
            var appended = Stopwatch.StartNew();
            behind = total - tree.Size;
            // Bounded: a follower that stops keeping up fails the scenario rather than hanging it.
            while (tree.Position < last)
            {
                if (appended.Elapsed > TimeSpan.FromMinutes(5))
                    throw new TimeoutException($"The tree's follower reached {tree.Position} of {last} in five minutes.");
                await Task.Delay(5);
            }
            caughtUp = appended.Elapsed;
        });
        await follower.StopAsync(CancellationToken.None);
        return new Result("audit-append (follower)", $"the same appends with the tree kept by the service's follower beside the writer, until the tree holds the last event",
            figure, "events/s", "appends without the tree", baseline, "tree costs <= 10 % (ratio >= 0.9)", figure >= 0.9 * baseline,
            "This is how the service keeps the tree: a follower on a thread of its own takes what was appended from the store's commits "
            + "(reading the log at any gap) through the subscription on that same thread, and adds it to the tree file in batches that end "
            + $"where the next event has not arrived yet (at most 1,000), signing a checkpoint every {options.CheckpointEveryEvents:N0} leaves. When the last append returned "
            + $"the tree was {behind:N0} events behind and caught up {caughtUp.TotalMilliseconds:N0} ms later; the time counted runs until then.",
            Goal.AtLeast(figure / baseline, 0.9));
    }

    /// <summary>verify over a signed log of <paramref name="events"/>; the baseline is reading the log alone.</summary>
    public static async Task<IEnumerable<Result>> VerifyAndProveAsync(int events)
    {
        var folder = Measure.Folder("audit-verify");
        using var store = new SqliteEventStore(Path.Combine(folder, "events.db"));
        using var tree = new MerkleTreeStore(Path.Combine(folder, "auditlog.db"));
        await AppendAllAsync(store, Batches(events), tree);
        var checkpoints = new CheckpointStore(tree);
        using var key = new SigningKey(new AuditingOptions(), Path.Combine(folder, "log-signing-key.pem"));
        new Checkpointer(tree, checkpoints, key, TimeProvider.System).SignNow();

        var baseline = await Measure.RateAsync(tree.Size, async () =>
        {
            await foreach (var _ in store.ReadAllAsync())
            {
            }
        });
        VerifyReport? report = null;
        var verifier = new LogVerifier(store, tree, checkpoints, key);
        var cpu = Environment.CpuUsage.TotalTime;
        var rate = await Measure.RateAsync(tree.Size, async () => report = await verifier.VerifyAsync());
        cpu = Environment.CpuUsage.TotalTime - cpu;
        if (report is not { Ok: true })
            throw new InvalidOperationException("verify found a break in an untouched log: the scenario is wrong.");

        const int proofs = 2_000;
        var random = new Random(7);
        var latencies = new List<double>(proofs);
        using (var reader = tree.OpenReader())
        {
            for (var i = 0; i < proofs; i++)
            {
                var clock = Stopwatch.StartNew();
                var index = random.NextInt64(tree.Size);
                reader.Inclusion(index, tree.Size);
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        var p99 = Measure.Percentile(latencies, 0.99);
        return
        [
            new Result("audit-verify", $"verify over {tree.Size:N0} events and a checkpoint", rate, "events/s",
                "reading the log alone", baseline, ">= 100,000 events/s", rate >= 100_000,
                "verify recomputes every leaf from the log, compares it with the tree file and the signed checkpoint, and checks each source's checksum; reading the log is its floor. "
                + $"It took {cpu.TotalMicroseconds / tree.Size:N1} µs of the process's CPU time an event, on all its threads.",
                Goal.AtLeast(rate, 100_000)),
            new Result("audit-verify (proof)", $"inclusion proof p99 of {proofs:N0} random leaves in {tree.Size:N0}", p99, "ms",
                "median", Measure.Percentile(latencies, 0.5), "p99 < 5 ms", p99 < 5,
                "A proof reads about log2(size) stored hashes from the tree file; the p99 also holds any wait for a core while other work shares the machine.",
                Goal.AtMost(p99, 5)),
        ];
    }

    private static EventData[][] Batches(int events)
    {
        var history = new SyntheticHistory();
        return Enumerable.Range(0, Math.Max(1, events / BatchSize))
            .Select(_ => Enumerable.Range(0, BatchSize).Select(i => Measure.ToEventData(history.Next(), i) with { EventId = Guid.NewGuid() }).ToArray())
            .ToArray();
    }

    private static async Task AppendAllAsync(SqliteEventStore store, EventData[][] batches, MerkleTreeStore? tree, TreeTime? treeTime = null)
    {
        if (tree is null)
        {
            for (var b = 0; b < batches.Length; b++)
                await store.AppendAsync($"bench-audit-{b}", ExpectedRevision.NoStream, batches[b]);
            return;
        }
        // The store's subscription: each batch is taken as its commit stored it, or read back from the log at any gap.
        using var stop = new CancellationTokenSource();
        await using var log = store.SubscribeToAllAsync(tree.Position, stop.Token).GetAsyncEnumerator(stop.Token);
        for (var b = 0; b < batches.Length; b++)
        {
            await store.AppendAsync($"bench-audit-{b}", ExpectedRevision.NoStream, batches[b]);
            var started = (Clock: Stopwatch.GetTimestamp(), Cpu: Environment.CpuUsage.TotalTime);
            var appended = new List<StoredEvent>(BatchSize);
            while (appended.Count < batches[b].Length && await log.MoveNextAsync())
                appended.Add(log.Current);
            tree.Append(appended);
            treeTime?.Add(Stopwatch.GetElapsedTime(started.Clock), Environment.CpuUsage.TotalTime - started.Cpu);
        }
        await stop.CancelAsync();
    }

    /// <summary>The wall time and the process's CPU time of the tree's part of the appends.</summary>
    private sealed class TreeTime
    {
        public TimeSpan Wall { get; private set; }

        public TimeSpan Cpu { get; private set; }

        public void Add(TimeSpan wall, TimeSpan cpu) => (Wall, Cpu) = (Wall + wall, Cpu + cpu);
    }
}
