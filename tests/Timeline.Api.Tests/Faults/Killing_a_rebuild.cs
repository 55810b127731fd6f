using Microsoft.Data.Sqlite;
using Timeline.Api.Tests.CommandLine;
using Timeline.Domain.Records;
using Timeline.EventStore;
using Timeline.EventStore.Serialization;
using Timeline.EventStore.Sqlite;
using Timeline.Projections.Storage;
using Timeline.Projections.Tests;
using Xunit.Abstractions;

namespace Timeline.Api.Tests.Faults;

/// <summary>
/// The <c>rebuild</c> verb killed part-way through folding a log of some ten thousand events, then the service started.
/// A rebuild folds from position 0 without the write-ahead log, so what it left is not resumed: it is folded again.
/// </summary>
public sealed class Killing_a_rebuild(ITestOutputHelper output)
{
    private const int Records = 6_500;

    [Fact]
    public async Task The_next_start_folds_again_from_zero_to_the_same_rows_and_indexes_as_a_clean_rebuild()
    {
        var data = ApiProcess.TempFolder();
        var files = new StoreFiles(data);
        var history = await FillAsync(files.EventsPath);
        var head = await files.ReadHeadAsync();
        // Stretches far shorter than the log, so the kill can come after some of them are committed.
        string[] rebuild = ["rebuild", "--json", "--data", data, "--stretch", "1000"];
        var clean = await ApiProcess.RunAsync(rebuild, Eventually.Patience);
        Assert.True(clean.ExitCode == 0, clean.Error);
        output.WriteLine($"{head} events; clean rebuild: {clean.Out}");
        var cleanIndexes = files.ReadIndexNames();
        var cleanRows = await DumpAsync(files.ReadModelPath);

        var (rebuilding, said) = ApiProcess.Start(rebuild);
        // The rebuild leaves the write-ahead log only when no other connection has the file open, so this test opens the
        // file only once the fold has left it: the marker stands and the log's file is gone. Its own reads must not keep
        // the fold in the log.
        var marker = files.ReadModelPath + "-unsynced";
        await Eventually.ReadAsync(() => File.Exists(marker) && !File.Exists(files.ReadModelPath + "-wal") || rebuilding.HasExited, left => left,
            Eventually.Patience, "the rebuild to leave the write-ahead log");
        var reached = await Eventually.ReadAsync(files.ReadCheckpoint, checkpoint => checkpoint > 0 && checkpoint < head || rebuilding.HasExited,
            Eventually.Patience, "the rebuild to fold part of the log");
        await ApiProcess.KillHardAsync(rebuilding);
        output.WriteLine($"killed at checkpoint {reached}; the file then held {files.ReadCheckpoint()}");
        Assert.True(rebuilding.ExitCode != 0, $"The rebuild ended by itself before it was killed:\n{said}");
        Assert.InRange(files.ReadCheckpoint() ?? 0, 1, head - 1);
        Assert.True(File.Exists(marker), "The fold that was killed had not been written without the write-ahead log.");
        // The bulk load had dropped the query indexes: the kill left the file without them.
        Assert.NotEqual(cleanIndexes, files.ReadIndexNames());
        // Opened as the service opens it, the file the kill left is discarded: the fold starts again from position 0.
        using (var reopened = new SqliteReadModel(files.ReadModelPath))
            Assert.Equal(0, reopened.ReadCheckpoint());
        SqliteConnection.ClearAllPools();

        await using (var service = await RunningService.StartAsync(data))
        {
            var api = new ApiClient(service.CreateClient());
            await Eventually.ReadAsync(api.ProgressAsync, progress => progress.Checkpoint >= head, Eventually.Patience, "the read models to catch up");
            // Built once the last stretch is folded, as a clean rebuild builds them.
            await Eventually.ReadAsync(files.ReadIndexNames, names => names.SequenceEqual(cleanIndexes), Eventually.Patience, "the indexes to be built");
            Assert.Equal(KindCounts.Fold(history), await KindCounts.FromApiAsync(api));
        }
        Assert.Equal(cleanRows, await DumpAsync(files.ReadModelPath));
    }

    /// <summary>A varied log written straight to the store: each record in one append, many at once, as the store's group commit likes.</summary>
    private static async Task<List<IRecordEvent>> FillAsync(string eventsPath)
    {
        var history = RandomHistory.Events(Records);
        using var store = new SqliteEventStore(eventsPath);
        var metadata = new EventMetadata("fault-tests", Guid.NewGuid(), Guid.NewGuid());
        await Parallel.ForEachAsync(history.GroupBy(e => e.RecordId), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (record, token) =>
        {
            var stream = RecordIds.StreamOf(record.Key);
            var events = record.Select((e, revision) => RecordEventSerializer.ToEventData(e, stream, revision, metadata)).ToList();
            await store.AppendAsync(stream, ExpectedRevision.NoStream, events, token);
        });
        return history;
    }

    private static async Task<List<string>> DumpAsync(string readModelPath)
    {
        List<string> rows;
        using (var readModel = new SqliteReadModel(readModelPath))
            rows = await ReadModelDump.OfAsync(readModel);
        SqliteConnection.ClearAllPools();
        return rows;
    }
}
