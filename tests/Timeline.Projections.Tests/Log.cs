using Timeline.Domain.Institutions;
using Timeline.Domain.Records;
using Timeline.EventStore;
using Timeline.EventStore.Serialization;
using Timeline.Projections.Storage;

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

    /// <summary>Record and registry events as stored events at positions 1, 2, ..., each at the end of its stream.</summary>
    public static List<StoredEvent> Stored(IEnumerable<object> history)
    {
        var revisions = new Dictionary<string, long>();
        var metadata = new EventMetadata("tests", Guid.Empty, Guid.Empty);
        return history.Select((e, i) =>
        {
            var stream = e is IRecordEvent r ? RecordIds.StreamOf(r.RecordId) : InstitutionIds.StreamOf(((IInstitutionEvent)e).InstitutionId);
            var revision = revisions[stream] = revisions.GetValueOrDefault(stream, -1) + 1;
            var data = e is IRecordEvent record
                ? RecordEventSerializer.ToEventData(record, stream, revision, metadata)
                : InstitutionEventSerializer.ToEventData((IInstitutionEvent)e, stream, revision, metadata);
            return new StoredEvent(data.EventId, data.Type, stream, revision, i + 1, DateTimeOffset.UnixEpoch, data.Data, data.Metadata);
        }).ToList();
    }

    /// <summary>Folds <paramref name="batch"/>, records and registry events alike, as the runner folds one batch.</summary>
    public static void Apply(SqliteReadModel readModel, IReadOnlyList<StoredEvent> batch) =>
        readModel.Apply(batch.Select(RecordEventSerializer.ToEnvelope).OfType<EventEnvelope>().ToList(), batch[^1].Position,
            batch.Select(InstitutionEventSerializer.ToEnvelope).OfType<InstitutionEnvelope>().ToList());
}
