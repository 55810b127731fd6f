namespace Timeline.EventStore;

/// <summary>An append's expected revision did not match the stream. Nothing was written.</summary>
public sealed class WrongExpectedVersionException(string stream, ExpectedRevision expected, long actualRevision)
    : Exception($"Stream '{stream}' is at {(actualRevision < 0 ? "no stream" : $"revision {actualRevision}")}, but the append expected {expected}.")
{
    public string Stream { get; } = stream;
    public ExpectedRevision Expected { get; } = expected;

    /// <summary>The stream's actual last revision; -1 when it does not exist.</summary>
    public long ActualRevision { get; } = actualRevision;
}

/// <summary>An event id is already used by another event. Nothing was written.</summary>
public sealed class DuplicateEventIdException(Guid eventId, string existingStream)
    : Exception($"Event id {eventId} is already stored in stream '{existingStream}'.")
{
    public Guid EventId { get; } = eventId;
}

/// <summary>The store could not be reached or refused the request for a reason of its own.</summary>
public sealed class EventStoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
