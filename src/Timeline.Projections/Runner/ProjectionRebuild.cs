using Timeline.EventStore;
using Timeline.EventStore.Serialization;
using Timeline.Projections.Storage;

namespace Timeline.Projections.Runner;

/// <summary>
/// Folds a long stretch of the log in bulk: a rebuild from position 0, or a catch-up far behind the log. The read
/// models' secondary indexes are dropped while the rows are written and built once at the end, and the log is folded
/// a stretch of <see cref="StretchEvents"/> events at a time: each record's states within the stretch stay in memory
/// and its final rows are written once, with the stretch's checkpoint, in one transaction. Stopping part-way (even a
/// killed process) leaves the read models at the last stretch committed, which the next run resumes from.
/// </summary>
public static class ProjectionRebuild
{
    /// <summary>How many events the reading thread decodes at a time.</summary>
    public const int BatchSize = 5_000;

    /// <summary>
    /// How many events one transaction folds at most. This bounds the fold's memory whatever the log's length: the
    /// stretch being written and the next one being read, each at most this many events and the records they touch.
    /// </summary>
    public const int StretchEvents = 50_000;

    /// <summary>Empties the read models and folds the whole log again from position 0.</summary>
    /// <returns>The number of events folded.</returns>
    public static Task<long> RunAsync(IEventStore store, SqliteReadModel readModel, CancellationToken cancellationToken)
    {
        readModel.Reset();
        return CatchUpAsync(store, readModel, (_, _) => { }, cancellationToken);
    }

    /// <summary>
    /// Folds the log from the read models' checkpoint to its end as it stands, reporting each checkpoint reached
    /// and how many events the stretch that reached it folded.
    /// </summary>
    /// <param name="stretchEvents">How many events a transaction folds at most (tests fold shorter stretches).</param>
    /// <param name="dropIndexes">
    /// Whether the read models' secondary indexes are dropped while the stretches are written and built again at the
    /// end (see <see cref="SqliteReadModel.BeginBulkLoad"/>).
    /// </param>
    /// <returns>The number of events folded.</returns>
    public static async Task<long> CatchUpAsync(IEventStore store, SqliteReadModel readModel, Action<long, int> progress,
        CancellationToken cancellationToken, int stretchEvents = StretchEvents, bool dropIndexes = true)
    {
        var batchSize = Math.Min(BatchSize, stretchEvents);
        var folded = 0L;
        readModel.BeginBulkLoad(dropIndexes);
        try
        {
            // Reading and deserialising run up to a stretch ahead on another thread; each stretch is folded and
            // checkpointed in one transaction, in log order.
            var stretch = new Stretch();
            await foreach (var batch in DecodedBatches.ReadAsync(store, readModel.ReadCheckpoint(), batchSize, cancellationToken,
                               ahead: Math.Max(DecodedBatches.Ahead, stretchEvents / batchSize)))
            {
                stretch.Add(batch);
                if (stretch.Events.Count >= stretchEvents)
                    folded += stretch.FoldInto(readModel, progress);
            }
            return folded + stretch.FoldInto(readModel, progress);
        }
        finally
        {
            readModel.EndBulkLoad();
        }
    }

    /// <summary>Decoded batches gathered until they are folded together.</summary>
    private sealed class Stretch
    {
        public List<EventEnvelope> Events { get; } = new(StretchEvents + BatchSize);
        private readonly List<InstitutionEnvelope> _registryEvents = [];
        private long _through;

        public void Add(DecodedBatch batch)
        {
            Events.AddRange(batch.Events);
            _registryEvents.AddRange(batch.RegistryEvents);
            _through = batch.Through;
        }

        /// <returns>The number of events folded; none when the stretch is empty.</returns>
        public int FoldInto(SqliteReadModel readModel, Action<long, int> progress)
        {
            if (_through == 0)
                return 0;
            readModel.Apply(Events, _through, _registryEvents);
            var folded = Events.Count;
            progress(_through, folded);
            Events.Clear();
            _registryEvents.Clear();
            _through = 0;
            return folded;
        }
    }
}
