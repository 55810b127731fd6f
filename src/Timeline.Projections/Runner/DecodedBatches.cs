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
        var channel = Channel.CreateBounded<DecodedBatch>(new BoundedChannelOptions(ahead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => FillAsync(store, after, batchSize, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken))
                yield return batch;
        }
        finally
        {
            // The fold stopped (done, failed or cancelled): the reader must not outlive it.
            await stop.CancelAsync();
            await reading;
        }
    }

    private static async Task FillAsync(IEventStore store, long after, int batchSize, ChannelWriter<DecodedBatch> writer,
        CancellationToken cancellationToken)
    {
        try
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
                    break;
                await writer.WriteAsync(new DecodedBatch(events, registryEvents, last), cancellationToken);
                after = last;
            }
            writer.TryComplete();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            writer.TryComplete();
        }
        catch (Exception error)
        {
            writer.TryComplete(error);
        }
    }
}
