using Timeline.Benchmarks.Harness;
using Timeline.EventStore;
using Timeline.EventStore.EventStoreDb;

namespace Timeline.Benchmarks.Scenarios;

/// <summary>
/// Appends and <c>$all</c> reads through our EventStoreDB adapter against the server named by TIMELINE_ESDB.
/// The baseline of each is the same work on the embedded store in the same run.
/// </summary>
public static class EventStoreDbScenario
{
    public const string Variable = "TIMELINE_ESDB";
    private const int Writers = 64;

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static async Task<IReadOnlyList<Result>> RunAsync(int events)
    {
        var history = new SyntheticHistory();
        var run = Guid.NewGuid().ToString("N")[..8];
        var data = Enumerable.Range(0, events).Select(_ => Measure.ToEventData(history.Next(), 0) with { EventId = Guid.NewGuid() }).ToArray();

        using var server = new EventStoreDbEventStore(EventStoreDbConnectionString.Parse(ConnectionString!));
        using var embedded = new Timeline.EventStore.Sqlite.SqliteEventStore(Path.Combine(Measure.Folder("esdb-baseline"), "events.db"));
        var start = await server.ReadHeadPositionAsync();

        var serverAppends = await AppendAsync(server, data, run);
        var embeddedAppends = await AppendAsync(embedded, data, run);
        var serverReads = await Measure.RateAsync(events, async () => await server.ReadAllAsync(start, events).CountAsync());
        var embeddedReads = await Measure.RateAsync(events, async () => await embedded.ReadAllAsync(0, events).CountAsync());

        return
        [
            new Result("eventstoredb", $"{Writers} writers, 1-event appends through the gRPC adapter", serverAppends, "events/s",
                "embedded store, same appends", embeddedAppends, "none set (reported)", null),
            new Result("eventstoredb", $"$all read of {events:#,0} events through the gRPC adapter", serverReads, "events/s",
                "embedded store, same read", embeddedReads, "none set (reported)", null),
        ];
    }

    private static Task<double> AppendAsync(IEventStore store, EventData[] data, string run) =>
        Measure.RateAsync(data.Length, () => Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var i = writer; i < data.Length; i += Writers)
                await store.AppendAsync($"bench-{run}-{i}", ExpectedRevision.NoStream, [data[i]]);
        }))));
}
