using System.Collections.Frozen;
using System.Text.Json;
using Timeline.Domain.Institutions;
using Timeline.Domain.Records;

namespace Timeline.EventStore.Serialization;

/// <summary>A registry event with what the store knows of it.</summary>
public sealed record InstitutionEnvelope(IInstitutionEvent Event, StoredEvent Stored)
{
    public long Position => Stored.Position;
    public long Revision => Stored.Revision;
}

/// <summary>
/// Turns the registry's events into stored events and back. They live beside record events in the same log but
/// under names of their own, so every reader of record events passes over them as events of another writer.
/// </summary>
public static class InstitutionEventSerializer
{
    private static readonly FrozenDictionary<string, Type> TypesByName = EventTypeMap.ByStoredName(typeof(IInstitutionEvent));

    private static readonly FrozenDictionary<Type, string> NamesByType =
        TypesByName.ToFrozenDictionary(pair => pair.Value, pair => pair.Key);

    public static IEnumerable<string> Names => TypesByName.Keys;

    public static string NameOf(Type type) =>
        NamesByType.TryGetValue(type, out var name) ? name : throw new InvalidOperationException($"{type.Name} is not a registry event type.");

    /// <summary>The event to append at <paramref name="revision"/>, its id derived from content and place like a record event's.</summary>
    public static EventData ToEventData(IInstitutionEvent @event, string stream, long revision, EventMetadata metadata)
    {
        var data = JsonSerializer.SerializeToUtf8Bytes(@event, @event.GetType(), EventJson.Options);
        return new EventData(RecordIds.EventId(stream, revision, data), NameOf(@event.GetType()), data, metadata);
    }

    /// <summary>The registry event of a stored one; null for any other event.</summary>
    public static InstitutionEnvelope? ToEnvelope(StoredEvent stored) =>
        TypesByName.GetValueOrDefault(stored.Type) is { } type
            ? new InstitutionEnvelope((IInstitutionEvent)JsonSerializer.Deserialize(stored.Data.Span, type, EventJson.Options)!, stored)
            : null;
}
