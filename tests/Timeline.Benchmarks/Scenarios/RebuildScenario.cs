using Timeline.Benchmarks.Harness;
using Timeline.EventStore.Serialization;
using Timeline.EventStore.Sqlite;
using Timeline.Projections.Runner;
using Timeline.Projections.Storage;

namespace Timeline.Benchmarks.Scenarios;

/// <summary>
/// Every projection rebuilt from position 0; the baseline only reads and deserialises the same events. A second row
/// sets the fold beside its floor: the rows it wrote, inserted again through bare SQLite.
/// </summary>
public static class RebuildScenario
{
    public static async Task<IReadOnlyList<Result>> RunAsync(int events)
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
        var rebuilt = new Result("rebuild", $"all projections from {events:#,0} events ({folded:#,0} folded)", figure, "events/s",
            $"read + deserialise ({read:#,0})", baseline, "200,000 events/s and ratio >= 0.5", figure >= 200_000 && ratio >= 0.5,
            "The log is read and deserialised on a thread of its own, a stretch ahead; each stretch of up to 50,000 events is "
            + "folded in memory and written in one transaction (each record's rows once, timeline, people and place rows in key "
            + "order into tables clustered on it), indexes are dropped and built once at the end; a fold from position 0 is written "
            + "without the write-ahead log (a journal in memory, the file synced once at the end); the history keeps only replaced "
            + "versions and an uncorrected record's facts are not stored apart from its recorded event. What remains is SQLite "
            + "writing each record's row (its recorded event and timeline entry as JSON), its full-text row and about five "
            + "timeline rows.");
        return [rebuilt, Floor(scratch, events, folded, figure)];
    }

    /// <summary>The fold's rows written by SQLite alone, against the fold's own rate in the same run.</summary>
    private static Result Floor(string folded, int events, long foldedEvents, double foldRate)
    {
        var stretches = (int)Math.Max(1, (foldedEvents + ProjectionRebuild.StretchEvents - 1) / ProjectionRebuild.StretchEvents);
        var copy = Path.Combine(Measure.Folder("rebuild-floor"), "readmodel.db");
        var copied = BareRowCopy.Run(folded, copy, stretches);
        // As large as the read model (2.4 GB at a million events) and of no further use.
        File.Delete(copy);
        var floor = events / copied.Seconds;
        return new Result("rebuild (floor)",
            $"the rows the fold wrote for {events:#,0} events ({copied.Rows:#,0} rows, {copied.Bytes / 1_048_576.0:#,0} MiB) inserted through bare SQLite",
            floor, "events/s", "the fold (same run)", foldRate, "200,000 events/s", floor >= 200_000,
            $"SQLitePCL alone, statements prepared once and values bound by position from the folded file's rows, {stretches} "
            + "transactions (one per stretch of 50,000 events, each with its share of every table), the fold's pragmas (a journal in "
            + "memory, no syncs, a 256 MiB page cache), indexes built at the end: the least this layout costs SQLite. Reading the rows "
            + $"back is included ({copied.ReadOnlySeconds:0.0} s of the {copied.Seconds:0.0} s when read alone). The ratio is how many "
            + "times the fold's rate SQLite writes the same rows at; the figure against the target says how far the layout itself is from it. "
            + "Where SQLite's time went: " + string.Join(", ", copied.SecondsByTable.OrderByDescending(table => table.Value).Take(6)
                .Select(table => $"{table.Key} {table.Value / copied.Seconds:P0}")) + ".",
            Share: Goal.AtLeast(floor, 200_000));
    }
}
