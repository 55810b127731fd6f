using Timeline.EventStore;
using Timeline.EventStore.Serialization;
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
        var after = readModel.ReadCheckpoint();
        var batch = new List<EventEnvelope>(BatchSize);
        var registryBatch = new List<InstitutionEnvelope>();
        readModel.BeginBulkLoad();
        try
        {
            while (true)
            {
                batch.Clear();
                registryBatch.Clear();
                var last = after;
                await foreach (var stored in store.ReadAllAsync(after, BatchSize, cancellationToken))
                {
                    last = stored.Position;
                    if (RecordEventSerializer.ToEnvelope(stored) is { } envelope)
                        batch.Add(envelope);
                    else if (InstitutionEventSerializer.ToEnvelope(stored) is { } registryEvent)
                        registryBatch.Add(registryEvent);
                }
                if (last == after)
                    return folded;
                readModel.Apply(batch, last, registryBatch);
                folded += batch.Count;
                after = last;
                progress(after, batch.Count);
            }
        }
        finally
        {
            readModel.EndBulkLoad();
        }
    }
}
