using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Timeline.Auditing.Checkpoints;
using Timeline.EventStore;

namespace Timeline.Auditing.Tree;

/// <summary>
/// Keeps the tree up to date with the global log, from the tree's own checkpoint, through the event store port
/// alone (so the embedded store and EventStoreDB are followed alike), and signs a checkpoint every
/// <see cref="AuditingOptions.CheckpointEveryEvents"/> leaves.
/// </summary>
public sealed class TreeFollower(
    IEventStore store,
    MerkleTreeStore tree,
    Checkpointer checkpointer,
    AuditingOptions options,
    TimeProvider clock,
    ILogger<TreeFollower> logger) : BackgroundService
{
    private const int MaxBatch = 1_000;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>
    /// On a thread of its own: each batch is hashed into the tree file and committed with a sync of the disk, and on
    /// the thread pool that blocked one of the threads that serve requests for as long, while writes arrive.
    /// </summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        DedicatedThread.RunAsync("Audit tree follower", () => FollowAsync(stoppingToken));

    private async Task FollowAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await foreach (var batch in LogBatches.FollowAsync(store, tree.Position, MaxBatch, stoppingToken))
                {
                    tree.Append(batch);
                    checkpointer.SignIfGrown(Math.Max(1, options.CheckpointEveryEvents));
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                logger.LogError(error, "The log's tree stopped at position {Position}; retrying", tree.Position);
                await Task.Delay(RetryDelay, clock, stoppingToken);
            }
        }
    }
}

/// <summary>Signs a checkpoint every <see cref="AuditingOptions.CheckpointEverySeconds"/> when the tree has grown.</summary>
public sealed class CheckpointTimer(Checkpointer checkpointer, AuditingOptions options, TimeProvider clock, ILogger<CheckpointTimer> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.CheckpointEverySeconds <= 0)
            return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.CheckpointEverySeconds), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    checkpointer.SignIfGrown(1);
                }
                catch (Exception error)
                {
                    logger.LogError(error, "Signing a checkpoint failed; trying again at the next tick");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
