using Timeline.Auditing.Tree;
using Timeline.EventStore;
using Timeline.EventStore.Sqlite;
using Timeline.Projections.Runner;
using Timeline.Projections.Storage;

namespace Timeline.Benchmarks.Harness;

/// <summary>
/// A data folder holding <c>events.db</c> with N synthetic events, a built <c>readmodel.db</c> and the audit tree: made once
/// and shared by every scenario of a run that reads a large store, and by later runs while it is complete.
/// </summary>
public sealed class LargeStore
{
    // Enough writers to fill the store's group commits (up to 512 appends share one sync).
    private const int Writers = 512;
    // Events are made and appended a chunk at a time, so ten million never sit in memory at once.
    private const int Chunk = 200_000;
    private const string LogCompleteMarker = "log-complete";
    private static readonly Dictionary<int, LargeStore> Made = [];

    private LargeStore(string folder, int events)
    {
        Folder = folder;
        Events = events;
    }

    public string Folder { get; }
    public int Events { get; }
    public string EventsPath => Path.Combine(Folder, "events.db");
    public string ReadModelPath => Path.Combine(Folder, "readmodel.db");

    public static async Task<LargeStore> GetAsync(int events)
    {
        if (Made.TryGetValue(events, out var made))
            return made;
        // A folder filled by an earlier run is used again: filling a million events takes minutes. Its log is kept once
        // complete, even if the run stopped later; its read models and tree are brought up to date with the code.
        var name = $"large-{events}";
        var logComplete = File.Exists(Path.Combine(Measure.PathOf(name), LogCompleteMarker));
        var store = new LargeStore(logComplete ? Measure.PathOf(name) : Measure.Folder(name), events);
        using (var log = new SqliteEventStore(store.EventsPath))
        {
            if (!logComplete)
            {
                await store.FillLogAsync(log);
                await File.WriteAllTextAsync(Path.Combine(store.Folder, LogCompleteMarker), $"{events}");
            }
            await store.CatchUpAsync(log);
        }
        Made[events] = store;
        return store;
    }

    /// <summary>A scratch folder named <paramref name="name"/> holding a copy of the event log and no read model.</summary>
    public string CopyLogOnly(string name)
    {
        var folder = Measure.Folder(name);
        File.Copy(EventsPath, Path.Combine(folder, "events.db"));
        return folder;
    }

    private async Task FillLogAsync(SqliteEventStore store)
    {
        Console.WriteLine($"Generating and storing {Events:#,0} events...");
        var history = new SyntheticHistory();
        var revisions = new Dictionary<string, long>();
        var rate = await Measure.RateAsync(Events, async () =>
        {
            for (var done = 0; done < Events; done += Chunk)
                await AppendChunkAsync(store, history, revisions, Math.Min(Chunk, Events - done));
        });
        Console.WriteLine($"Stored {Events:#,0} events at {rate:#,0} events/s.");
    }

    /// <summary>
    /// Folds what the read models lack (all of it when they are new, or of a version the code no longer reads) and
    /// extends the audit tree to the log's end, so no scenario's service starts behind.
    /// </summary>
    private async Task CatchUpAsync(SqliteEventStore store)
    {
        var head = await store.ReadHeadPositionAsync();
        using (var readModel = new SqliteReadModel(ReadModelPath))
        {
            var checkpoint = readModel.ReadCheckpoint();
            if (checkpoint < head)
            {
                Console.WriteLine($"Building the read models from position {checkpoint:#,0} to {head:#,0}...");
                await ProjectionRebuild.CatchUpAsync(store, readModel, (_, _) => { }, CancellationToken.None);
            }
        }
        await BuildTreeAsync(store);
        Console.WriteLine($"The store of {Events:#,0} events is ready.");
    }

    /// <summary>
    /// The tree the service's follower would otherwise build in the background, under the load of the first
    /// scenario that starts the service on this store.
    /// </summary>
    private async Task BuildTreeAsync(SqliteEventStore store)
    {
        using var tree = new MerkleTreeStore(Path.Combine(Folder, "auditlog.db"));
        var leaves = new List<StoredEvent>(10_000);
        await foreach (var e in store.ReadAllAsync(tree.Position))
        {
            leaves.Add(e);
            if (leaves.Count < leaves.Capacity)
                continue;
            tree.Append(leaves);
            leaves.Clear();
        }
        if (leaves.Count > 0)
            tree.Append(leaves);
    }

    private static Task AppendChunkAsync(SqliteEventStore store, SyntheticHistory history, Dictionary<string, long> revisions, int count)
    {
        // Each record's events stay in order on one writer; the writers share the store's group commit.
        var lanes = Enumerable.Range(0, Writers).Select(_ => new List<(string Stream, EventData Data)>()).ToArray();
        for (var i = 0; i < count; i++)
        {
            var e = history.Next();
            var revision = revisions[e.RecordId] = revisions.GetValueOrDefault(e.RecordId, -1) + 1;
            lanes[(e.RecordId.GetHashCode() & int.MaxValue) % Writers].Add((Timeline.Domain.Records.RecordIds.StreamOf(e.RecordId), Measure.ToEventData(e, revision)));
        }
        return Task.WhenAll(lanes.Select(lane => Task.Run(async () =>
        {
            foreach (var (stream, data) in lane)
                await store.AppendAsync(stream, ExpectedRevision.Any, [data]);
        })));
    }
}
