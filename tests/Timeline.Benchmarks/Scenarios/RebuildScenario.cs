using Timeline.Benchmarks.Harness;
using Timeline.EventStore.Serialization;
using Timeline.EventStore.Sqlite;
using Timeline.Projections.Runner;
using Timeline.Projections.Storage;

namespace Timeline.Benchmarks.Scenarios;

/// <summary>Every projection rebuilt from position 0; the baseline only reads and deserialises the same events.</summary>
public static class RebuildScenario
{
    public static async Task<Result> RunAsync(int events)
    {
        var large = await LargeStore.GetAsync(events);
        using var store = new SqliteEventStore(large.EventsPath);

        var read = 0L;
        var baseline = await Measure.RateAsync(events, async () =>
        {
            await foreach (var stored in store.ReadAllAsync())
            {
                if (RecordEventSerializer.ToEnvelope(stored) is not null)
                    read++;
            }
        });

        var scratch = Path.Combine(Measure.Folder("rebuild"), "readmodel.db");
        using var readModel = new SqliteReadModel(scratch);
        var folded = 0L;
        var figure = await Measure.RateAsync(events, async () => folded = await ProjectionRebuild.RunAsync(store, readModel, CancellationToken.None));

        var ratio = figure / baseline;
        return new Result("rebuild", $"all projections from {events:#,0} events ({folded:#,0} folded)", figure, "events/s",
            $"read + deserialise ({read:#,0})", baseline, "200,000 events/s and ratio >= 0.5", figure >= 200_000 && ratio >= 0.5,
            "The log is read and deserialised on a thread of its own, a stretch ahead; each stretch of up to 50,000 events is "
            + "folded in memory and written in one transaction (each record's rows once, timeline, people and place rows in key "
            + "order into tables clustered on it), indexes are dropped and built once at the end; a fold from position 0 is written "
            + "without the write-ahead log (a journal in memory, the file synced once at the end); the history keeps only replaced "
            + "versions and an uncorrected record's facts are not stored apart from its recorded event. What remains is SQLite "
            + "writing each record's row (its recorded event and timeline entry as JSON), its full-text row and about five "
            + "timeline rows.");
    }
}
