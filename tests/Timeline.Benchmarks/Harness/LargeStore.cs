using Timeline.EventStore;
using Timeline.EventStore.Sqlite;
using Timeline.Projections.Runner;
using Timeline.Projections.Storage;

namespace Timeline.Benchmarks.Harness;

/// <summary>
/// A data folder holding <c>events.db</c> with N synthetic events and a built <c>readmodel.db</c>: made once
/// per run and shared by the rebuild, query and memory scenarios.
/// </summary>
public sealed class LargeStore
{
    private const int Writers = 64;
    private const string CompleteMarker = "complete";
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
        // A folder filled completely by an earlier run is used again: filling a million events takes minutes.
        var name = $"large-{events}";
        var marker = Path.Combine(Measure.PathOf(name), CompleteMarker);
        var reused = File.Exists(marker);
        var store = new LargeStore(reused ? Measure.PathOf(name) : Measure.Folder(name), events);
        if (!reused)
        {
            await store.FillAsync();
            await File.WriteAllTextAsync(marker, $"{events}");
        }
        Made[events] = store;
        return store;
    }

    private async Task FillAsync()
    {
        Console.WriteLine($"Generating {Events:#,0} events...");
        var history = new SyntheticHistory();
        var revisions = new Dictionary<string, long>();
        // Each record's events stay in order on one writer; the writers share the store's group commit.
        var lanes = Enumerable.Range(0, Writers).Select(_ => new List<(string Stream, EventData Data)>()).ToArray();
        for (var i = 0; i < Events; i++)
        {
            var e = history.Next();
            var revision = revisions[e.RecordId] = revisions.GetValueOrDefault(e.RecordId, -1) + 1;
            var data = Measure.ToEventData(e, revision);
            lanes[(e.RecordId.GetHashCode() & int.MaxValue) % Writers].Add((Timeline.Domain.Records.RecordIds.StreamOf(e.RecordId), data));
        }
        using (var store = new SqliteEventStore(EventsPath))
        {
            var rate = await Measure.RateAsync(Events, () => Task.WhenAll(lanes.Select(lane => Task.Run(async () =>
            {
                foreach (var (stream, data) in lane)
                    await store.AppendAsync(stream, ExpectedRevision.Any, [data]);
            }))));
            Console.WriteLine($"Stored {Events:#,0} events at {rate:#,0} events/s; building the read models...");
            using var readModel = new SqliteReadModel(ReadModelPath);
            await ProjectionRebuild.RunAsync(store, readModel, CancellationToken.None);
        }
    }
}
