using Microsoft.Data.Sqlite;
using Timeline.EventStore.Serialization;
using Timeline.EventStore.Sqlite;
using Timeline.Projections.Runner;
using Timeline.Projections.Storage;

namespace Timeline.Projections.Tests;

/// <summary>The bulk fold (a rebuild, a catch-up far behind) against the incremental fold it must agree with.</summary>
public sealed class Folding_the_log_in_bulk : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("timeline-bulk-").FullName;

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Fact]
    public async Task A_bulk_fold_in_stretches_equals_folding_each_event_on_its_own()
    {
        using var store = new SqliteEventStore(PathOf("events.db"));
        var events = RandomHistory.Events(300, seed: 17);
        var last = await Log.AppendAsync(store, events);
        using var reference = await OneByOneAsync(store, PathOf("reference.db"));

        using var bulk = new SqliteReadModel(PathOf("bulk.db"));
        var reached = new List<long>();
        // Stretches short enough that records are corrected, retracted and reviewed across them.
        var folded = await ProjectionRebuild.CatchUpAsync(store, bulk, (position, _) => reached.Add(position), CancellationToken.None, stretchEvents: 41);

        Assert.Equal(events.Count, folded);
        Assert.Equal((events.Count + 40) / 41, reached.Count);
        Assert.Equal(last, reached[^1]);
        Assert.Equal(await ReadModelDump.OfAsync(reference), await ReadModelDump.OfAsync(bulk));
        Assert.Equal(await ReadModelDump.IndexesAsync(reference), await ReadModelDump.IndexesAsync(bulk));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_catch_up_that_keeps_its_indexes_answers_from_them_throughout_and_ends_as_a_rebuild_does(bool dropIndexes)
    {
        using var store = new SqliteEventStore(PathOf("events.db"));
        var events = RandomHistory.Events(240, seed: 31);
        await Log.AppendAsync(store, events.Take(160).ToList());
        using var reference = await OneByOneAsync(store, PathOf("reference.db"));
        using var caughtUp = await OneByOneAsync(store, PathOf("caught-up.db"));
        var held = caughtUp.RecordsHeld();
        Assert.InRange(held, 1, 160);
        var indexes = await ReadModelDump.IndexesAsync(caughtUp);
        var secondary = IndexesOf(PathOf("caught-up.db"));
        Assert.Contains("ix_institution_timeline_page", secondary);

        await Log.AppendAsync(store, events.Skip(160).ToList());
        await foreach (var stored in store.ReadAllAsync(reference.ReadCheckpoint()))
        {
            if (RecordEventSerializer.ToEnvelope(stored) is { } envelope)
                reference.Apply([envelope], envelope.Position);
        }
        var seenDuringTheFold = new List<List<string>>();
        await ProjectionRebuild.CatchUpAsync(store, caughtUp, (_, _) => seenDuringTheFold.Add(IndexesOf(PathOf("caught-up.db"))),
            CancellationToken.None, stretchEvents: 19, dropIndexes: dropIndexes);

        Assert.True(seenDuringTheFold.Count > 1);
        Assert.All(seenDuringTheFold, seen => Assert.Equal(dropIndexes ? [] : secondary, seen));
        Assert.True(caughtUp.RecordsHeld() > held);
        Assert.Equal(await ReadModelDump.OfAsync(reference), await ReadModelDump.OfAsync(caughtUp));
        Assert.Equal(indexes, await ReadModelDump.IndexesAsync(caughtUp));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_fold_from_position_0_leaves_the_write_ahead_log_only_while_no_other_connection_holds_the_file(bool readerOpen)
    {
        using var store = new SqliteEventStore(PathOf("events.db"));
        await Log.AppendAsync(store, RandomHistory.Events(120, seed: 41));
        using var reference = await OneByOneAsync(store, PathOf("reference.db"));
        var path = PathOf("first-fold.db");
        using var readModel = new SqliteReadModel(path);
        await using var reader = readerOpen ? await readModel.OpenReaderAsync(CancellationToken.None) : null;
        if (reader is not null)
        {
            // A connection touches the file at its first read, and from then on holds it open.
            await using var count = reader.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM records";
            Assert.Equal(0L, await count.ExecuteScalarAsync());
        }

        var seen = new List<(bool WriteAheadLog, bool Marked)>();
        await ProjectionRebuild.CatchUpAsync(store, readModel, (_, _) => seen.Add((InWriteAheadLog(path), File.Exists(path + "-unsynced"))),
            CancellationToken.None, stretchEvents: 37);

        Assert.True(seen.Count > 1);
        Assert.All(seen, stretch => Assert.Equal(readerOpen ? (true, false) : (false, true), stretch));
        // Afterwards the file is back in the write-ahead log, synced, and the marker is gone.
        Assert.True(InWriteAheadLog(path));
        Assert.False(File.Exists(path + "-unsynced"));
        Assert.Equal(await ReadModelDump.OfAsync(reference), await ReadModelDump.OfAsync(readModel));
        Assert.Equal(await ReadModelDump.IndexesAsync(reference), await ReadModelDump.IndexesAsync(readModel));
    }

    /// <summary>
    /// Whether the file's header puts it in the write-ahead log (the one journal mode a file keeps; any other is its
    /// writer's own). Asked on a connection of its own, closed at once, as a kept one would hold the file open.
    /// </summary>
    private static bool InWriteAheadLog(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)command.ExecuteScalar()! == "wal";
    }

    private static List<string> IndexesOf(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%' ORDER BY name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
            names.Add(reader.GetString(0));
        return names;
    }

    [Fact]
    public async Task A_bulk_fold_from_a_checkpoint_cut_short_at_any_moment_resumes_to_the_incremental_result()
    {
        using var store = new SqliteEventStore(PathOf("events.db"));
        await Log.AppendAsync(store, RandomHistory.Events(400, seed: 23));
        using var reference = await OneByOneAsync(store, PathOf("reference.db"));
        var expected = await ReadModelDump.OfAsync(reference);

        // The files as a killed process leaves them, copied while the fold writes: the log before the file, as a
        // kill would stop both at once and the log is only ever copied into the file behind it. The fold resumes
        // from a checkpoint, so it is written crash-safe stretch by stretch (one from position 0 starts again from zero).
        var snapshots = new List<string>();
        using (var folding = await OneByOneAsync(store, PathOf("folding.db"), upTo: 40))
        {
            var reached = new List<long> { folding.ReadCheckpoint() };
            Assert.True(reached[0] > 0);
            using var done = new CancellationTokenSource();
            var copying = Task.Run(async () =>
            {
                while (!done.IsCancellationRequested && snapshots.Count < 200)
                {
                    var snapshot = PathOf($"killed-{snapshots.Count}.db");
                    CopyIfPresent(PathOf("folding.db-wal"), snapshot + "-wal");
                    File.Copy(PathOf("folding.db"), snapshot);
                    snapshots.Add(snapshot);
                    await Task.Yield();
                }
            });
            await ProjectionRebuild.CatchUpAsync(store, folding, (position, _) => { lock (reached) reached.Add(position); },
                CancellationToken.None, stretchEvents: 29);
            await done.CancelAsync();
            await copying;

            Assert.NotEmpty(snapshots);
            // Every few copies: each resumes from its own checkpoint, which must be one a stretch committed.
            foreach (var snapshot in snapshots.Where((_, i) => i % Math.Max(1, snapshots.Count / 6) == 0))
            {
                using var resumed = new SqliteReadModel(snapshot);
                Assert.Contains(resumed.ReadCheckpoint(), reached);
                await ProjectionRebuild.CatchUpAsync(store, resumed, (_, _) => { }, CancellationToken.None, stretchEvents: 29);
                Assert.Equal(expected, await ReadModelDump.OfAsync(resumed));
                Assert.Equal(await ReadModelDump.IndexesAsync(reference), await ReadModelDump.IndexesAsync(resumed));
            }
        }
    }

    /// <param name="upTo">How many events of the log to fold, from its start; all when null.</param>
    private static async Task<SqliteReadModel> OneByOneAsync(SqliteEventStore store, string path, int? upTo = null)
    {
        var readModel = new SqliteReadModel(path);
        await foreach (var stored in store.ReadAllAsync(0, upTo ?? int.MaxValue))
        {
            if (RecordEventSerializer.ToEnvelope(stored) is { } envelope)
                readModel.Apply([envelope], envelope.Position);
        }
        return readModel;
    }

    private static void CopyIfPresent(string from, string to)
    {
        try
        {
            File.Copy(from, to);
        }
        catch (FileNotFoundException)
        {
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
