using System.Diagnostics;
using Timeline.Benchmarks.Harness;
using Timeline.EventStore;
using Timeline.EventStore.EventStoreDb;
using Timeline.EventStore.Sqlite;

namespace Timeline.Benchmarks.Scenarios;

/// <summary>
/// A new replica: the service started with an empty read model on a log of N events, timed from its start until
/// the live stream says every event is folded and a timeline page answers. The baseline is the same service
/// started on the same log with its read model already built. Run on the embedded store, and on EventStoreDB
/// when TIMELINE_ESDB names a server.
/// </summary>
public static class CatchUpScenario
{
    private const double TargetSeconds = 30;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(30);

    public static async Task<Result> EmbeddedAsync(int events)
    {
        var large = await LargeStore.GetAsync(events);
        var warm = await TimeToFirstPageAsync(large.Folder);
        var cold = await TimeToFirstPageAsync(large.CopyLogOnly("catch-up"));
        return Row("catch-up", $"new replica on the embedded store: empty read model, {events:#,0} events folded, until a timeline page answers", cold, warm);
    }

    public static async Task<Result> EventStoreDbAsync(int events)
    {
        var large = await LargeStore.GetAsync(events);
        var server = new[] { "--EventStore:Provider", "EventStoreDb", "--EventStore:ConnectionString", EventStoreDbScenario.ConnectionString! };
        var held = await FillServerAsync(large);
        var warmFolder = Measure.Folder("catch-up-esdb-warm");
        await TimeToFirstPageAsync(warmFolder, server);
        var warm = await TimeToFirstPageAsync(warmFolder, server);
        var cold = await TimeToFirstPageAsync(Measure.Folder("catch-up-esdb"), server);
        return Row("catch-up (eventstoredb)", $"new replica on EventStoreDB: empty read model, the server's whole log ({held}) folded, until a timeline page answers", cold, warm);
    }

    private static Result Row(string scenario, string measure, double cold, double warm) =>
        new(scenario, measure, cold, "s", "the same service with its read model built", warm, $"<= {TargetSeconds:0} s", cold <= TargetSeconds,
            "The first fold of an empty read model runs in bulk, at the rebuild scenario's rate; "
            + "a replica meets the target once rebuilding folds about a million events in 30 s.", Goal.AtMost(cold, TargetSeconds));

    /// <summary>Seconds from starting the service until its read models hold the whole log and a timeline page answers.</summary>
    private static async Task<double> TimeToFirstPageAsync(string folder, params string[] settings)
    {
        var clock = Stopwatch.StartNew();
        await using var service = await ServiceProcess.StartAsync(folder, Patience, settings);
        await using (var live = LiveCheckpoints.Follow(service.BaseUrl))
        {
            if (!await live.WaitUntilAsync((position, head) => head > 0 && position >= head, Patience))
                throw new TimeoutException($"The read models did not catch up within {Patience.TotalMinutes:0} minutes.");
        }
        using var http = new HttpClient { BaseAddress = new Uri(service.BaseUrl) };
        using var page = await http.GetAsync($"/api/timelines/institutions/{SyntheticHistory.BusiestInstitution}?pageSize=50");
        page.EnsureSuccessStatusCode();
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>An empty server gets the large store's events (same streams, same order); one that holds a log keeps it.</summary>
    private static async Task<string> FillServerAsync(LargeStore large)
    {
        using var server = new EventStoreDbEventStore(EventStoreDbConnectionString.Parse(EventStoreDbScenario.ConnectionString!));
        if (await server.ReadHeadPositionAsync() > 0)
            return "as the server already held it";
        using var embedded = new SqliteEventStore(large.EventsPath);
        var lanes = Enumerable.Range(0, 64).Select(_ => new List<StoredEvent>()).ToArray();
        await foreach (var e in embedded.ReadAllAsync())
            lanes[(e.Stream.GetHashCode() & int.MaxValue) % lanes.Length].Add(e);
        await Task.WhenAll(lanes.Select(lane => Task.Run(async () =>
        {
            foreach (var e in lane)
                await server.AppendAsync(e.Stream, ExpectedRevision.Any, [new EventData(e.EventId, e.Type, e.Data, e.Metadata)]);
        })));
        return $"{large.Events:#,0} events copied from the embedded store";
    }
}
