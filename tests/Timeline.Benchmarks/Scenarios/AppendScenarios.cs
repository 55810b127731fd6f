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
        var syncsBefore = DiskSyncs.PerSecond(Measure.Folder("append-syncs"));
        using (var store = new SqliteEventStore(Path.Combine(Measure.Folder("append-durable"), "events.db")))
            figure = await Measure.RateAsync(events, () => Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
            {
                for (var i = writer; i < events; i += Writers)
                    await store.AppendAsync(records[i], ExpectedRevision.NoStream, [data[i]]);
            }))));
        var syncsAfter = DiskSyncs.PerSecond(Measure.Folder("append-syncs"));

        return new Result("append-durable", $"{Writers} writers, 1-event appends, synchronous=FULL", figure, "events/s",
            "one writer", baseline, "30,000 events/s", figure >= 30_000,
            DiskSyncs.Ceiling(syncsBefore, syncsAfter, Writers, $"with {Writers} writers and at best all {Writers} appends in each group commit", figure)
            + $" One writer alone, measured earlier, made {baseline:N0} appends a second: one commit and one sync each.");
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
        var syncsBefore = DiskSyncs.PerSecond(Measure.Folder("append-syncs"));
        using (var store = new SqliteEventStore(Path.Combine(Measure.Folder("append-batch"), "events.db")))
            figure = await Measure.RateAsync(total, async () =>
            {
                for (var b = 0; b < batches.Length; b++)
                    await store.AppendAsync($"batch-stream-{b}", ExpectedRevision.NoStream, batches[b]);
            });
        var syncsAfter = DiskSyncs.PerSecond(Measure.Folder("append-syncs"));

        var ratio = figure / baseline;
        return new Result("append-batch", "1 writer, 100-event appends", figure, "events/s", "bare SQLite inserts", baseline,
            "150,000 events/s and ratio >= 0.8", figure >= 150_000 && ratio >= 0.8,
            DiskSyncs.Ceiling(syncsBefore, syncsAfter, batchSize, $"with one writer committing {batchSize} events at a time", figure)
            + $" Bare SQLite, committing the same {batchSize} rows a transaction just before, reached {baseline:N0} events/s.");
    }

    /// <summary>
    /// The same compact rows into the same table shape and indexes (a stream row, then 100 events with 16-byte ids,
    /// integer keys and a metadata blob of the same size), one transaction per 100, with nothing of ours around it.
    /// </summary>
    private static void BareInserts(string path, EventData[][] batches)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = """
                PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-65536;
                CREATE TABLE streams (stream_key INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, revision INTEGER NOT NULL);
                CREATE TABLE events (position INTEGER PRIMARY KEY, event_id BLOB NOT NULL, stream_key INTEGER NOT NULL,
                    revision INTEGER NOT NULL, type_key INTEGER NOT NULL, recorded_at INTEGER NOT NULL, data BLOB NOT NULL, metadata BLOB NOT NULL);
                CREATE UNIQUE INDEX events_by_stream ON events (stream_key, revision);
                """;
            setup.ExecuteNonQuery();
        }
        using var stream = connection.CreateCommand();
        stream.CommandText = "INSERT INTO streams (name, revision) VALUES ($name, $revision)";
        var streamName = stream.Parameters.Add("$name", SqliteType.Text);
        var streamRevision = stream.Parameters.Add("$revision", SqliteType.Integer);
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO events (event_id, stream_key, revision, type_key, recorded_at, data, metadata) VALUES ($1, $2, $3, 1, 0, $4, $5)";
        var p = Enumerable.Range(1, 5).Select(i => insert.Parameters.Add($"${i}", SqliteType.Blob)).ToArray();
        for (var b = 0; b < batches.Length; b++)
        {
            using var transaction = connection.BeginTransaction();
            stream.Transaction = insert.Transaction = transaction;
            streamName.Value = $"bare-stream-{b}";
            streamRevision.Value = batches[b].Length - 1;
            stream.ExecuteNonQuery();
            for (var i = 0; i < batches[b].Length; i++)
            {
                var e = batches[b][i];
                p[0].Value = e.EventId.ToByteArray(bigEndian: true);
                p[1].Value = b + 1L;
                p[2].Value = i;
                p[3].Value = e.Data.ToArray();
                p[4].Value = MetadataOfTheSameSize(e.Metadata);
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
    }

    /// <summary>A version byte, two 16-byte ids, the recorder's name with its length, and two empty texts.</summary>
    private static byte[] MetadataOfTheSameSize(EventMetadata metadata) =>
        [1, .. metadata.CorrelationId.ToByteArray(bigEndian: true), .. metadata.CausationId.ToByteArray(bigEndian: true),
            (byte)(metadata.RecordedBy.Length + 1), .. System.Text.Encoding.UTF8.GetBytes(metadata.RecordedBy), 0, 0];
}
