using Timeline.EventStore;
using Timeline.EventStore.Serialization;
using Timeline.Projections.Storage;

namespace Timeline.Projections.Runner;

/// <summary>Empties the read models and folds the whole log again from position 0, in large batches.</summary>
public static class ProjectionRebuild
{
    public const int BatchSize = 5_000;

    /// <returns>The number of events folded.</returns>
    public static async Task<long> RunAsync(IEventStore store, SqliteReadModel readModel, CancellationToken cancellationToken)
    {
        readModel.Reset();
        var folded = 0L;
        var after = 0L;
        var batch = new List<EventEnvelope>(BatchSize);
        while (true)
        {
            batch.Clear();
            var last = after;
            await foreach (var stored in store.ReadAllAsync(after, BatchSize, cancellationToken))
            {
                last = stored.Position;
                if (RecordEventSerializer.ToEnvelope(stored) is { } envelope)
                    batch.Add(envelope);
            }
            if (last == after)
                return folded;
            readModel.Apply(batch, last);
            folded += batch.Count;
            after = last;
        }
    }
}
