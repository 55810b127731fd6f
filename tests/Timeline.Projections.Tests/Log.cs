using Timeline.Domain.Records;
using Timeline.EventStore;
using Timeline.EventStore.Serialization;

namespace Timeline.Projections.Tests;

/// <summary>Writes domain events to a real store, each at the end of its record's stream.</summary>
public static class Log
{
    /// <returns>The position of the last event written.</returns>
    public static async Task<long> AppendAsync(IEventStore store, IEnumerable<IRecordEvent> events, EventMetadata? metadata = null)
    {
        var position = 0L;
        foreach (var e in events)
        {
            var stream = RecordIds.StreamOf(e.RecordId);
            var head = await store.ReadStreamAsync(stream, ReadDirection.Backwards, maxCount: 1).FirstOrDefaultAsync();
            var revision = head?.Revision ?? -1;
            var data = RecordEventSerializer.ToEventData(e, stream, revision + 1, metadata ?? new EventMetadata("tests", Guid.NewGuid(), Guid.NewGuid()));
            position = (await store.AppendAsync(stream, revision < 0 ? ExpectedRevision.NoStream : ExpectedRevision.Exact(revision), [data])).Position;
        }
        return position;
    }
}
