using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Timeline.Domain.Records;
using Timeline.EventStore;
using Timeline.EventStore.Serialization;
using Timeline.EventStore.Sqlite;
using Timeline.Projections.ActivityByYear;
using Timeline.Projections.Runner;
using Timeline.Projections.Storage;

namespace Timeline.Projections.Tests;

/// <summary>The runner against a real embedded store: live updates, restarts, lag.</summary>
public sealed class RunnerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("timeline-runner-").FullName;

    [Fact]
    public async Task A_restarted_runner_resumes_from_its_checkpoint_and_counts_nothing_twice()
    {
        using var store = new SqliteEventStore(Path.Combine(_folder, "events.db"));
        var readModelPath = Path.Combine(_folder, "readmodel.db");
        var events = RandomHistory.Events(40, seed: 11);
        var reference = events.Select(e => e.RecordId).Distinct().Count();

        var firstHalf = await Log.AppendAsync(store, events[..20]);
        using (var readModel = new SqliteReadModel(readModelPath))
        {
            var status = new ProjectionStatus();
            var runner = Runner(store, readModel, status);
            await runner.StartAsync(CancellationToken.None);
            await status.WaitForAsync(firstHalf, Within());
            await runner.StopAsync(CancellationToken.None);
        }

        var last = await Log.AppendAsync(store, events[20..]);
        using (var readModel = new SqliteReadModel(readModelPath))
        {
            var status = new ProjectionStatus();
            var runner = Runner(store, readModel, status);
            await runner.StartAsync(CancellationToken.None);
            await status.WaitForAsync(last, Within());
            await runner.StopAsync(CancellationToken.None);

            var counted = await new ActivityByYearQuery(readModel).RunAsync(new ActivityFilter(null, null, null), CancellationToken.None);
            var retracted = events.OfType<RecordRetracted>().Select(e => e.RecordId).Distinct().Count();
            Assert.Equal(reference - retracted, counted.Total);
            Assert.Equal(last, status.Checkpoint);
            Assert.Equal(last, await store.ReadHeadPositionAsync());
        }
    }

    [Fact]
    public async Task A_running_runner_follows_live_appends()
    {
        using var store = new SqliteEventStore(Path.Combine(_folder, "events.db"));
        using var readModel = new SqliteReadModel(Path.Combine(_folder, "readmodel.db"));
        var status = new ProjectionStatus();
        var runner = Runner(store, readModel, status);
        await runner.StartAsync(CancellationToken.None);

        var position = await Log.AppendAsync(store, [Given.Meeting("live", "2021-06-01")]);
        await status.WaitForAsync(position, Within());
        await runner.StopAsync(CancellationToken.None);

        var year = Assert.Single((await new ActivityByYearQuery(readModel).RunAsync(new ActivityFilter("ouc", null, null), CancellationToken.None)).Years);
        Assert.Equal(2021, year.Year);
        Assert.Equal(1, year.Total);
    }

    [Fact]
    public async Task A_runner_on_an_empty_read_model_builds_it_in_bulk_then_follows_the_log()
    {
        using var store = new SqliteEventStore(Path.Combine(_folder, "events.db"));
        var events = RandomHistory.Events(120, seed: 5);
        await Log.AppendAsync(store, events[..100]);
        using var readModel = new SqliteReadModel(Path.Combine(_folder, "readmodel.db"));
        var status = new ProjectionStatus();
        var runner = Runner(store, readModel, status);
        await runner.StartAsync(CancellationToken.None);
        var last = await Log.AppendAsync(store, events[100..]);
        await status.WaitForAsync(last, Within());
        await runner.StopAsync(CancellationToken.None);

        var log = new List<EventEnvelope>();
        await foreach (var stored in store.ReadAllAsync())
            log.Add(RecordEventSerializer.ToEnvelope(stored)!);
        using var oneByOne = new SqliteReadModel(Path.Combine(_folder, "reference.db"));
        foreach (var envelope in log)
            oneByOne.Apply([envelope], envelope.Position);
        Assert.Equal(await ReadModelDump.OfAsync(oneByOne), await ReadModelDump.OfAsync(readModel));
        Assert.Equal(await ReadModelDump.IndexesAsync(oneByOne), await ReadModelDump.IndexesAsync(readModel));
        Assert.Equal(last, readModel.ReadCheckpoint());
    }

    private static ProjectionRunner Runner(IEventStore store, SqliteReadModel readModel, ProjectionStatus status) =>
        new(store, readModel, status, TimeProvider.System, NullLogger<ProjectionRunner>.Instance);

    private static CancellationToken Within() => new CancellationTokenSource(TimeSpan.FromSeconds(15)).Token;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
