using Microsoft.Data.Sqlite;
using Timeline.Benchmarks.Harness;
using Timeline.EventStore;
using Timeline.EventStore.Sqlite;

namespace Timeline.Benchmarks.Scenarios;

/// <summary>Appends to the embedded store in its crash-safe setting (WAL, synchronous=FULL).</summary>
public static class AppendScenarios
{
    private const int Writers = 64;

    /// <summary>64 writers, each appending single-event records; the baseline is one writer alone.</summary>
    public static async Task<Result> DurableAsync(int events)
    {
        var history = new SyntheticHistory();
        var records = Enumerable.Range(0, events).Select(i => SyntheticHistory.RecordId(i)).ToArray();
        var data = records.Select(_ => Measure.ToEventData(history.Next(), 0) with { EventId = Guid.NewGuid() }).ToArray();

        var single = Math.Min(events, 3_000);
        double baseline;
        using (var store = new SqliteEventStore(Path.Combine(Measure.Folder("append-single"), "events.db")))
            baseline = await Measure.RateAsync(single, async () =>
            {
                for (var i = 0; i < single; i++)
                    await store.AppendAsync(records[i] + "-solo", ExpectedRevision.NoStream, [data[i] with { EventId = Guid.NewGuid() }]);
            });

        double figure;
        using (var store = new SqliteEventStore(Path.Combine(Measure.Folder("append-durable"), "events.db")))
            figure = await Measure.RateAsync(events, () => Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
            {
                for (var i = writer; i < events; i += Writers)
                    await store.AppendAsync(records[i], ExpectedRevision.NoStream, [data[i]]);
            }))));

        return new Result("append-durable", $"{Writers} writers, 1-event appends, synchronous=FULL", figure, "events/s",
            "one writer", baseline, "30,000 events/s", figure >= 30_000);
    }

    /// <summary>One writer appending 100-event batches; the baseline is bare SQLite inserts of the same rows.</summary>
    public static async Task<Result> BatchAsync(int events)
    {
        const int batchSize = 100;
        var history = new SyntheticHistory();
        var batches = Enumerable.Range(0, events / batchSize)
            .Select(_ => Enumerable.Range(0, batchSize).Select(i => Measure.ToEventData(history.Next(), i)).ToArray())
            .ToArray();
        var total = batches.Length * batchSize;

        var baseline = await Measure.RateAsync(total, () =>
        {
            BareInserts(Path.Combine(Measure.Folder("append-bare"), "bare.db"), batches);
            return Task.CompletedTask;
        });

        double figure;
        using (var store = new SqliteEventStore(Path.Combine(Measure.Folder("append-batch"), "events.db")))
            figure = await Measure.RateAsync(total, async () =>
            {
                for (var b = 0; b < batches.Length; b++)
                    await store.AppendAsync($"batch-stream-{b}", ExpectedRevision.NoStream, batches[b]);
            });

        var ratio = figure / baseline;
        return new Result("append-batch", "1 writer, 100-event appends", figure, "events/s", "bare SQLite inserts", baseline,
            "150,000 events/s and ratio >= 0.8", figure >= 150_000 && ratio >= 0.8);
    }

    /// <summary>The same rows into the same table shape, one transaction per 100, with nothing of ours around it.</summary>
    private static void BareInserts(string path, EventData[][] batches)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = """
                PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-65536;
                CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE, stream TEXT NOT NULL,
                    revision INTEGER NOT NULL, type TEXT NOT NULL, data BLOB NOT NULL, recorded_at INTEGER NOT NULL, recorded_by TEXT NOT NULL,
                    correlation_id TEXT NOT NULL, causation_id TEXT NOT NULL, import_batch TEXT, UNIQUE (stream, revision));
                """;
            setup.ExecuteNonQuery();
        }
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO events (event_id, stream, revision, type, data, recorded_at, recorded_by, correlation_id, causation_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
        var p = Enumerable.Range(1, 9).Select(i => insert.Parameters.Add($"${i}", SqliteType.Text)).ToArray();
        for (var b = 0; b < batches.Length; b++)
        {
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            for (var i = 0; i < batches[b].Length; i++)
            {
                var e = batches[b][i];
                p[0].Value = e.EventId.ToString();
                p[1].Value = $"bare-stream-{b}";
                p[2].Value = i;
                p[3].Value = e.Type;
                p[4].Value = e.Data.ToArray();
                p[5].Value = 0;
                p[6].Value = e.Metadata.RecordedBy;
                p[7].Value = e.Metadata.CorrelationId.ToString();
                p[8].Value = e.Metadata.CausationId.ToString();
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
    }
}
