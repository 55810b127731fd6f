using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Timeline.Domain.Institutions;
using Timeline.EventStore;
using Timeline.EventStore.Serialization;
using Timeline.EventStore.Sqlite;
using Timeline.EventStore.Tests.Telemetry;
using Timeline.Projections.Runner;
using Timeline.Projections.Storage;
using Timeline.Projections.Telemetry;

namespace Timeline.Projections.Tests;

/// <summary>The runner's spans and meters, seen by a real ActivityListener and MeterListener.</summary>
public sealed class Tracing_and_measuring_the_runner : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("timeline-runner-telemetry-").FullName;
    private readonly SpanCollector _spans = new(FoldSpans.SourceName);

    [Fact]
    public async Task A_live_fold_continues_the_trace_its_event_was_appended_in()
    {
        using var following = await FollowingRunner.StartAsync(_folder, Within());
        var (store, status, runner) = (following.Store, following.Status, following.Runner);
        const string appendedIn = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        var append = ActivityContext.Parse(appendedIn, null);

        var position = await Log.AppendAsync(store, [Given.Meeting("traced", "2021-06-01")],
            new EventMetadata("tests", Guid.NewGuid(), Guid.NewGuid(), TraceParent: appendedIn));
        await status.WaitForAsync(position, Within());
        await runner.StopAsync(CancellationToken.None);

        var fold = Assert.Single(_spans.InTrace(append.TraceId));
        Assert.Equal("projection.fold", fold.OperationName);
        Assert.Equal(append.SpanId, fold.ParentSpanId);
        Assert.Equal(ActivityKind.Consumer, fold.Kind);
        Assert.Equal(1, fold.GetTagItem("timeline.events"));
    }

    [Fact]
    public async Task The_meters_show_the_bulk_rate_the_live_folds_and_no_lag_once_caught_up()
    {
        using var store = new SqliteEventStore(Path.Combine(_folder, "events.db"));
        var history = RandomHistory.Events(30, seed: 3);
        var built = await Log.AppendAsync(store, history);
        using var readModel = new SqliteReadModel(Path.Combine(_folder, "readmodel.db"));
        using var meterFactory = new PrivateMeterFactory();
        using var meters = new MeterCollector(ProjectionMetrics.MeterName, meterFactory);
        var status = new ProjectionStatus();
        var metrics = new ProjectionMetrics(status, meterFactory);
        ProjectionRunner Runner() => new(store, readModel, status, TimeProvider.System, NullLogger<ProjectionRunner>.Instance, metrics);

        // First the empty read model is built in bulk; after a restart the runner only follows the log.
        var building = Runner();
        await building.StartAsync(CancellationToken.None);
        await status.WaitForAsync(built, Within());
        await building.StopAsync(CancellationToken.None);
        var following = Runner();
        await following.StartAsync(CancellationToken.None);
        var last = await Log.AppendAsync(store, [Given.Meeting("live", "2022-01-10")]);
        await status.WaitForAsync(last, Within());
        await following.StopAsync(CancellationToken.None);
        meters.Observe();

        Assert.Equal(history.Count, meters.Sum("timeline.projection.events_folded", ("mode", "bulk")));
        Assert.Equal(1, meters.Sum("timeline.projection.events_folded", ("mode", "live")));
        // One live batch, timed; the bulk fold's stretches are not live batches.
        Assert.Equal(1, meters.Count("timeline.projection.fold.duration"));
        Assert.True(meters.Sum("timeline.projection.fold.duration") > 0, "the live batch took no time");
        // Its stages, one measure each, and how long its event waited for the fold.
        foreach (var stage in FoldStages.All)
            Assert.Equal(1, meters.Count("timeline.projection.fold.stage.duration", ("stage", FoldStages.NameOf(stage))));
        Assert.True(meters.Sum("timeline.projection.fold.stage.duration", ("stage", "commit")) > 0, "the commit took no time");
        Assert.Equal(1, meters.Count("timeline.projection.batch.wait.duration"));
        Assert.True(meters.Last("timeline.projection.rebuild.rate") > 0, "no rate was reported for the bulk fold");
        Assert.Equal(0, meters.Last("timeline.projection.lag"));
        Assert.Equal(last, status.Head);
    }

    [Fact]
    public async Task A_registry_event_folded_live_is_counted_as_a_folded_event()
    {
        using var store = new SqliteEventStore(Path.Combine(_folder, "events.db"));
        await Log.AppendAsync(store, [Given.Meeting("first", "2021-06-01")]);
        using var readModel = new SqliteReadModel(Path.Combine(_folder, "readmodel.db"));
        using var meterFactory = new PrivateMeterFactory();
        using var meters = new MeterCollector(ProjectionMetrics.MeterName, meterFactory);
        var status = new ProjectionStatus();
        var runner = new ProjectionRunner(store, readModel, status, TimeProvider.System, NullLogger<ProjectionRunner>.Instance,
            new ProjectionMetrics(status, meterFactory));
        await runner.StartAsync(CancellationToken.None);
        await status.WaitForAsync(1, Within());

        // The registry stage folds an institution's registration as the records stage folds a record's event.
        var stream = InstitutionIds.StreamOf("example-college");
        var registered = InstitutionEventSerializer.ToEventData(
            new InstitutionRegistered("example-college", "Example College", null, null, null), stream, 0, new EventMetadata("tests", Guid.NewGuid(), Guid.NewGuid()));
        var position = (await store.AppendAsync(stream, ExpectedRevision.NoStream, [registered])).Position;
        await status.WaitForAsync(position, Within());
        await runner.StopAsync(CancellationToken.None);
        meters.Observe();

        Assert.Equal(1, meters.Sum("timeline.projection.events_folded", ("mode", "live")));
    }

    private static CancellationToken Within() => new CancellationTokenSource(TimeSpan.FromSeconds(15)).Token;

    public void Dispose()
    {
        _spans.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
