using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Timeline.Projections.Telemetry;

/// <summary>
/// One line for each live batch at Debug level: when its first event was read from the log, when its fold started and
/// when its checkpoint was published (as <see cref="Stopwatch"/> timestamps, which another process on the same machine
/// can set beside its own), each stage's time, and the garbage collector's pauses during the fold.
/// </summary>
public static partial class LiveBatchLog
{
    public static void Folded(ILogger logger, long through, int events, long readAt, long started, long published, FoldStages stages,
        TimeSpan paused) =>
        Folded(logger, through, events, readAt, started, published, Ms(stages[FoldStage.Load]), Ms(stages[FoldStage.Records]),
            Ms(stages[FoldStage.Timelines]), Ms(stages[FoldStage.People]), Ms(stages[FoldStage.Registry]), Ms(stages[FoldStage.History]),
            Ms(stages[FoldStage.Commit]), Ms(paused), ThreadPool.PendingWorkItemCount);

    private static double Ms(TimeSpan time) => Math.Round(time.TotalMilliseconds, 3);

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Live batch through={Through} events={Events} readAt={ReadAt} started={Started} "
        + "published={Published} load={Load} records={Records} timelines={Timelines} people={People} registry={Registry} history={History} "
        + "commit={Commit} gcPause={GcPause} poolQueue={PoolQueue}")]
    private static partial void Folded(ILogger logger, long through, int events, long readAt, long started, long published, double load,
        double records, double timelines, double people, double registry, double history, double commit, double gcPause, long poolQueue);
}
