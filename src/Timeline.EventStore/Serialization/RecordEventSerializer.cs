using System.Text.Json;
using Timeline.Domain.Records;

namespace Timeline.EventStore.Serialization;

/// <summary>Turns record events into stored events and back.</summary>
public static class RecordEventSerializer
{
    public static byte[] Serialize(IRecordEvent @event) =>
        JsonSerializer.SerializeToUtf8Bytes(@event, @event.GetType(), EventJson.Options);

    /// <summary>
    /// Builds the event to append at <paramref name="revision"/> of <paramref name="stream"/>, with an id
    /// derived from its content and place, so that a retried write is recognised by the store.
    /// </summary>
    public static EventData ToEventData(IRecordEvent @event, string stream, long revision, EventMetadata metadata)
    {
        var data = Serialize(@event);
        return new EventData(RecordIds.EventId(stream, revision, data), EventTypeMap.NameOf(@event.GetType()), data, metadata);
    }

    /// <summary>The domain event of a stored one; null for types this service does not know (other writers' events).</summary>
    public static EventEnvelope? ToEnvelope(StoredEvent stored)
    {
        var type = EventTypeMap.TypeOf(stored.Type);
        if (type is null)
            return null;
        var @event = (IRecordEvent)JsonSerializer.Deserialize(stored.Data.Span, type, EventJson.Options)!;
        return new EventEnvelope(@event, stored);
    }
}
