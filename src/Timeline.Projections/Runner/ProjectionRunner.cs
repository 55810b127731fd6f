using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Timeline.EventStore;
using Timeline.EventStore.Serialization;
using Timeline.Projections.Storage;
using Timeline.Projections.Telemetry;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Runner;

/// <summary>
/// Feeds the read models from the event store: subscribes to the global log after the stored checkpoint and
/// applies what has arrived in batches, each batch and its checkpoint in one transaction. On any failure it
/// starts again from the stored checkpoint, so nothing is skipped and nothing counted twice.
/// </summary>
public sealed class ProjectionRunner(
    IEventStore store,
    SqliteReadModel readModel,
    ProjectionStatus status,
    TimeProvider clock,
    ILogger<ProjectionRunner> logger,
    ProjectionMetrics? metrics = null) : BackgroundService
{
    private const int MaxBatch = 1_000;

    /// <summary>
    /// How many events behind the log's head the read models may start and still be folded live; further behind (or
    /// empty), the runner folds up to the head in bulk first.
    /// </summary>
    public const int FarBehind = ProjectionRebuild.StretchEvents;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        DedicatedThread.RunAsync("Projection runner", () => FollowAsync(stoppingToken));

    private async Task FollowAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                status.Fail(error, clock.GetUtcNow());
                logger.LogRetry(error, RetryDelay, "Projection runner stopped at {Checkpoint}", status.Checkpoint);
                await Task.Delay(RetryDelay, clock, stoppingToken);
            }
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var checkpoint = readModel.ReadCheckpoint();
        status.Advance(checkpoint);
        status.ObserveHead(await store.ReadHeadPositionAsync(stoppingToken));
        if (await BulkFoldAsync(checkpoint, stoppingToken) is { } bulk)
        {
            // A new or deleted read model, or one far behind: fold the log as it stands in bulk, then follow it.
            var started = Stopwatch.GetTimestamp();
            var total = 0L;
            var folded = await ProjectionRebuild.CatchUpAsync(store, readModel, (reached, events) =>
            {
                status.Advance(reached);
                total += events;
                metrics?.FoldedInBulk(events, total, Stopwatch.GetElapsedTime(started));
            }, stoppingToken, dropIndexes: bulk.DropIndexes);
            checkpoint = readModel.ReadCheckpoint();
            if (folded > 0)
                logger.LogInformation("Read models built from {Folded} events up to position {Checkpoint} in {Elapsed}; following the log",
                    folded, checkpoint, Stopwatch.GetElapsedTime(started));
        }
        status.FollowingLive();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var channel = Channel.CreateBounded<(StoredEvent Event, long ReadAt)>(new BoundedChannelOptions(MaxBatch * 4) { SingleReader = true, SingleWriter = true });
        var reading = ReadAsync(checkpoint, channel.Writer, stop.Token);
        try
        {
            var batch = new List<EventEnvelope>(MaxBatch);
            var registryBatch = new List<InstitutionEnvelope>();
            while (await channel.Reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                registryBatch.Clear();
                var last = checkpoint;
                var firstReadAt = 0L;
                while (batch.Count < MaxBatch && channel.Reader.TryRead(out var read))
                {
                    var stored = read.Event;
                    firstReadAt = firstReadAt == 0 ? read.ReadAt : firstReadAt;
                    last = stored.Position;
                    if (RecordEventSerializer.ToEnvelope(stored) is { } envelope)
                        batch.Add(envelope);
                    else if (InstitutionEventSerializer.ToEnvelope(stored) is { } registryEvent)
                        registryBatch.Add(registryEvent);
                }
                var started = Stopwatch.GetTimestamp();
                var pausedBefore = GC.GetTotalPauseDuration();
                var stages = FoldStages.Start();
                var changes = Fold(batch, last, registryBatch, stages);
                checkpoint = last;
                status.Advance(checkpoint, changes);
                var published = Stopwatch.GetTimestamp();
                metrics?.FoldedLive(batch.Count + registryBatch.Count, Stopwatch.GetElapsedTime(firstReadAt, started), Stopwatch.GetElapsedTime(started, published), stages);
                if (logger.IsEnabled(LogLevel.Debug))
                    LiveBatchLog.Folded(logger, last, batch.Count + registryBatch.Count, firstReadAt, started, published, stages,
                        GC.GetTotalPauseDuration() - pausedBefore);
            }
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await reading;
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    /// <summary>
    /// Whether the log is folded in bulk before it is followed, and how: none when the read models are at most
    /// <see cref="FarBehind"/> events behind. The indexes are dropped for the bulk fold when the read models are empty or
    /// hold fewer records than there are events to fold; a large read model a little behind (a replica back after a
    /// stop) keeps them, so its pages stay fast and it does not build indexes over all its rows again. Counted in
    /// events, not positions (an EventStoreDB position is a byte offset in its log), and no further than the decision
    /// needs.
    /// </summary>
    private async Task<BulkFold?> BulkFoldAsync(long checkpoint, CancellationToken cancellationToken)
    {
        if (checkpoint == 0)
            return new BulkFold(DropIndexes: true);
        var held = readModel.RecordsHeld();
        var enough = (int)Math.Min(int.MaxValue, Math.Max(FarBehind, held) + 1);
        var behind = 0L;
        await foreach (var _ in store.ReadAllAsync(checkpoint, enough, cancellationToken))
            behind++;
        return behind <= FarBehind ? null : new BulkFold(DropIndexes: behind > held);
    }

    private sealed record BulkFold(bool DropIndexes);

    private TimelineChanges Fold(List<EventEnvelope> batch, long throughPosition, List<InstitutionEnvelope> registryBatch, FoldStages stages)
    {
        using var spans = FoldSpans.Start(batch, throughPosition);
        try
        {
            return readModel.Apply(batch, throughPosition, registryBatch, stages);
        }
        catch (Exception error)
        {
            spans.Fail(error);
            throw;
        }
    }

    private async Task ReadAsync(long checkpoint, ChannelWriter<(StoredEvent Event, long ReadAt)> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var stored in store.SubscribeToAllAsync(checkpoint, cancellationToken))
            {
                status.ObserveHead(stored.Position);
                await writer.WriteAsync((stored, Stopwatch.GetTimestamp()), cancellationToken);
            }
            writer.Complete();
        }
        catch (Exception error)
        {
            writer.Complete(error);
        }
    }
}
