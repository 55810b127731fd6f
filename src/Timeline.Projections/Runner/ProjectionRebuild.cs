using Timeline.EventStore;
using Timeline.Projections.Storage;

namespace Timeline.Projections.Runner;

/// <summary>
/// Folds a long stretch of the log in large batches, with the read models' secondary indexes dropped while the
/// rows are written and built once at the end: a rebuild from position 0, or a catch-up far behind the log.
/// Each batch is still written with its checkpoint in one transaction, so stopping part-way loses nothing.
/// </summary>
public static class ProjectionRebuild
{
    public const int BatchSize = 5_000;

    /// <summary>Empties the read models and folds the whole log again from position 0.</summary>
    /// <returns>The number of events folded.</returns>
    public static Task<long> RunAsync(IEventStore store, SqliteReadModel readModel, CancellationToken cancellationToken)
    {
        readModel.Reset();
        return CatchUpAsync(store, readModel, (_, _) => { }, cancellationToken);
    }

    /// <summary>
    /// Folds the log from the read models' checkpoint to its end as it stands, reporting each checkpoint reached
    /// and how many events the batch that reached it folded.
    /// </summary>
    /// <returns>The number of events folded.</returns>
    public static async Task<long> CatchUpAsync(IEventStore store, SqliteReadModel readModel, Action<long, int> progress,
        CancellationToken cancellationToken)
    {
        var folded = 0L;
        readModel.BeginBulkLoad();
        try
        {
            // Reading and deserialising run a batch or two ahead on another thread; each batch is still folded and
            // checkpointed in one transaction, in log order.
            await foreach (var batch in DecodedBatches.ReadAsync(store, readModel.ReadCheckpoint(), BatchSize, cancellationToken))
            {
                readModel.Apply(batch.Events, batch.Through, batch.RegistryEvents);
                folded += batch.Events.Count;
                progress(batch.Through, batch.Events.Count);
            }
            return folded;
        }
        finally
        {
            readModel.EndBulkLoad();
        }
    }
}
