using Timeline.Domain.Records;

namespace Timeline.EventStore.Serialization;

/// <summary>A domain event with what the store knows of it: ids, place in the logs, time and metadata.</summary>
public sealed record EventEnvelope(IRecordEvent Event, StoredEvent Stored)
{
    public long Position => Stored.Position;
    public long Revision => Stored.Revision;
}
