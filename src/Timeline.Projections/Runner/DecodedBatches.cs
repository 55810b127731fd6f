using System.Threading.Channels;
using Timeline.EventStore;
using Timeline.EventStore.Serialization;

namespace Timeline.Projections.Runner;

/// <summary>
/// A batch of the log ready to fold: its record events, its registry events, and the last position it covers (events
/// of unknown types included).
/// </summary>
public sealed record DecodedBatch(IReadOnlyList<EventEnvelope> Events, IReadOnlyList<InstitutionEnvelope> RegistryEvents, long Through);

/// <summary>
/// Reads the log and deserialises it in batches on a thread of its own, a few batches ahead of the fold, so that
/// reading the next batch overlaps writing this one. The channel is bounded: a slow fold holds the reader back
/// instead of filling memory with the whole log.
/// </summary>
public static class DecodedBatches
{
    /// <summary>How many decoded batches may wait for the fold, unless the caller says otherwise.</summary>
    public const int Ahead = 2;

    /// <summary>
    /// Batches from <paramref name="after"/> to the log's end as it stands when each batch is read. A failure to
    /// read or deserialise ends the sequence with that error, after the batches before it. At most
    /// <paramref name="ahead"/> batches wait decoded while the fold works.
    /// </summary>
    public static async IAsyncEnumerable<DecodedBatch> ReadAsync(IEventStore store, long after, int batchSize,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken, int ahead = Ahead)
    {
        // The reader stops with the fold (done, failed or cancelled): it must not outlive it.
        await foreach (var batch in ReadAhead.ChunksAsync<DecodedBatch>((writer, stop) => FillAsync(store, after, batchSize, writer, stop), ahead, cancellationToken))
            yield return batch;
    }

    private static async Task FillAsync(IEventStore store, long after, int batchSize, ChannelWriter<DecodedBatch> writer,
        CancellationToken cancellationToken)
    {
        while (true)
        {
            var events = new List<EventEnvelope>(batchSize);
            var registryEvents = new List<InstitutionEnvelope>();
            var last = after;
            await foreach (var stored in store.ReadAllAsync(after, batchSize, cancellationToken))
            {
                last = stored.Position;
                if (RecordEventSerializer.ToEnvelope(stored) is { } envelope)
                    events.Add(envelope);
                else if (InstitutionEventSerializer.ToEnvelope(stored) is { } registryEvent)
                    registryEvents.Add(registryEvent);
            }
            if (last == after)
                return;
            await writer.WriteAsync(new DecodedBatch(events, registryEvents, last), cancellationToken);
            after = last;
        }
    }
}
