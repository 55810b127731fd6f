namespace Timeline.EventStore;

/// <summary>
/// Who caused an event and within what: stored beside every event. <paramref name="TraceParent"/> is the W3C
/// trace context of the append, so the work that later folds or forwards the event joins the same trace.
/// </summary>
public sealed record EventMetadata(string RecordedBy, Guid CorrelationId, Guid CausationId, string? ImportBatch = null,
    string? TraceParent = null);

/// <summary>An event to append: its id, stored type name, serialised payload and metadata.</summary>
public sealed record EventData(Guid EventId, string Type, ReadOnlyMemory<byte> Data, EventMetadata Metadata);

/// <summary>An event as the store holds it, with its place in its stream and in the global log.</summary>
public sealed record StoredEvent(
    Guid EventId,
    string Type,
    string Stream,
    long Revision,
    long Position,
    DateTimeOffset RecordedAt,
    ReadOnlyMemory<byte> Data,
    EventMetadata Metadata);

/// <summary>The stream's revision after an append and the global position of its last event.</summary>
public sealed record AppendResult(long NextExpectedRevision, long Position);

public enum ReadDirection
{
    Forwards,
    Backwards,
}
