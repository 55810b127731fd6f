using System.Collections.Concurrent;
using Timeline.Projections.Records;

namespace Timeline.Projections.Storage;

/// <summary>
/// The rows of a batch's records (<see cref="RecordRows"/>: their JSON, entry and search text), built on another thread
/// a little ahead of the writer when the batch is large, so that the writer's thread only binds and steps while a
/// second core serialises the next records. Built in the batch's order, and at most <see cref="Waiting"/> records ahead,
/// so what waits for the writer is small and short-lived whatever the batch's length. A small batch (the live fold's)
/// is built on the writer's own thread: handing it over would cost more than it saves.
/// </summary>
internal static class RecordRowsAhead
{
    /// <summary>Below this many records a batch's rows are built by the writer itself.</summary>
    public const int Threshold = 512;

    private const int Waiting = 1_024;

    public static IEnumerable<(RecordView? Stored, RecordRows Rows)> Of(IReadOnlyList<(RecordView? Stored, RecordView View)> records)
    {
        if (records.Count < Threshold)
            return records.Select(record => (record.Stored, new RecordRows(record.View)));
        return BuiltAhead(records);
    }

    private static IEnumerable<(RecordView? Stored, RecordRows Rows)> BuiltAhead(IReadOnlyList<(RecordView? Stored, RecordView View)> records)
    {
        using var built = new BlockingCollection<(RecordView? Stored, RecordRows Rows)>(Waiting);
        using var stop = new CancellationTokenSource();
        var builder = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var (stored, view) in records)
                    built.Add((stored, new RecordRows(view)), stop.Token);
            }
            finally
            {
                built.CompleteAdding();
            }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var rows in built.GetConsumingEnumerable())
                yield return rows;
            // A record whose rows could not be built fails the batch, as it would on the writer's thread.
            builder.GetAwaiter().GetResult();
        }
        finally
        {
            // The writer stopped early (it failed): the builder must not wait for room that never comes.
            stop.Cancel();
            try
            {
                builder.Wait();
            }
            catch (AggregateException)
            {
                // Its failure, or its cancellation, is not the writer's: the writer's own exception is on its way out.
            }
        }
    }
}
