using Timeline.Domain.Records;
using Timeline.EventStore;
using Timeline.EventStore.Serialization;

namespace Timeline.Api.Records;

/// <summary>Who is writing, and within which conversation: becomes the stored events' metadata.</summary>
public sealed record Caller(string Name, Guid CorrelationId, Guid CausationId, string? ImportBatch = null)
{
    public EventMetadata ToMetadata() => new(Name, CorrelationId, CausationId, ImportBatch);
}

public sealed record WriteResult(string RecordId, long Revision, long Position);

/// <summary>The stream is not at the revision the caller last saw (a stale If-Match).</summary>
public sealed class StaleRevisionException(string recordId, long expected, long actual)
    : Exception($"Record '{recordId}' is at revision {actual}, not {expected}: read it again and retry.")
{
    public long ActualRevision { get; } = actual;
}

/// <summary>
/// Another caller's identical write was stored first. Event ids come from content, so the store took this one
/// for a retry of it; but the stored event names the other caller, so this caller must not be told it wrote.
/// </summary>
public sealed class WriteTakenException(string recordId, Guid eventId, string recordedBy, Guid correlationId)
    : Exception($"Record '{recordId}' already has this change, written by '{recordedBy}' as event {eventId} (correlation {correlationId}): read it again.")
{
    public Guid EventId { get; } = eventId;
    public string RecordedBy { get; } = recordedBy;
}

/// <summary>Loads a record's stream, lets the domain decide, and appends the outcome at the revision it read.</summary>
public sealed class RecordWriter(IEventStore store)
{
    public async Task<(RecordState State, long Revision, IReadOnlyList<EventEnvelope> History)> LoadAsync(
        string recordId, CancellationToken cancellationToken)
    {
        var state = RecordState.Initial;
        var revision = -1L;
        var history = new List<EventEnvelope>();
        await foreach (var stored in store.ReadStreamAsync(RecordIds.StreamOf(recordId), cancellationToken: cancellationToken))
        {
            revision = stored.Revision;
            if (RecordEventSerializer.ToEnvelope(stored) is not { } envelope)
                continue;
            history.Add(envelope);
            state = RecordState.Evolve(state, envelope.Event);
        }
        return (state, revision, history);
    }

    /// <summary>
    /// Decides <paramref name="command"/> on the record's current state and appends the result, expecting the
    /// stream to be where it was read (and where <paramref name="ifMatch"/> says, when given).
    /// </summary>
    public async Task<WriteResult> ExecuteAsync(RecordCommand command, long? ifMatch, Caller caller, CancellationToken cancellationToken)
    {
        var (state, revision, history) = await LoadAsync(command.RecordId, cancellationToken);
        if (ifMatch is { } expectedRevision && expectedRevision != revision && state.Exists)
            return SameWriteStored(command, expectedRevision, history, caller)
                ?? throw new StaleRevisionException(command.RecordId, expectedRevision, revision);
        var events = RecordDecider.Decide(command, state);
        var stream = RecordIds.StreamOf(command.RecordId);
        var metadata = caller.ToMetadata();
        var data = events.Select((e, i) => RecordEventSerializer.ToEventData(e, stream, revision + 1 + i, metadata)).ToList();
        var expected = revision < 0 ? ExpectedRevision.NoStream : ExpectedRevision.Exact(revision);
        var result = await store.AppendAsync(stream, expected, data, cancellationToken);
        if (data.Count > 0)
            await EnsureStoredAsOwnAsync(command.RecordId, stream, revision + 1, data[0].EventId, caller, cancellationToken);
        return new WriteResult(command.RecordId, result.NextExpectedRevision, result.Position);
    }

    /// <summary>
    /// A stale If-Match whose very change was stored right after the revision it names: the same write, made by
    /// this caller (a retry: answered as it was) or by another (refused, naming the stored event).
    /// </summary>
    private static WriteResult? SameWriteStored(RecordCommand command, long ifMatch, IReadOnlyList<EventEnvelope> history, Caller caller)
    {
        var next = history.FirstOrDefault(e => e.Revision == ifMatch + 1)?.Stored;
        if (next is null)
            return null;
        IReadOnlyList<IRecordEvent> events;
        try
        {
            events = RecordDecider.Decide(command, RecordState.Fold(history.TakeWhile(e => e.Revision <= ifMatch).Select(e => e.Event)));
        }
        catch (Timeline.Domain.DomainException)
        {
            return null;
        }
        if (events.Count == 0 || RecordEventSerializer.ToEventData(events[0], next.Stream, next.Revision, caller.ToMetadata()).EventId != next.EventId)
            return null;
        var by = next.Metadata;
        if (by.RecordedBy != caller.Name || by.CorrelationId != caller.CorrelationId)
            throw new WriteTakenException(command.RecordId, next.EventId, by.RecordedBy, by.CorrelationId);
        var last = history.First(e => e.Revision == next.Revision + events.Count - 1).Stored;
        return new WriteResult(command.RecordId, last.Revision, last.Position);
    }

    /// <summary>
    /// The store acknowledges an identical append as an idempotent retry, whoever sent it; only the caller the
    /// stored event names (same name and correlation id, so a true retry still succeeds) is told it wrote.
    /// </summary>
    private async Task EnsureStoredAsOwnAsync(string recordId, string stream, long revision, Guid eventId, Caller caller,
        CancellationToken cancellationToken)
    {
        await foreach (var stored in store.ReadStreamAsync(stream, ReadDirection.Forwards, revision, 1, cancellationToken))
        {
            var by = stored.Metadata;
            if (stored.EventId == eventId && (by.RecordedBy != caller.Name || by.CorrelationId != caller.CorrelationId))
                throw new WriteTakenException(recordId, stored.EventId, by.RecordedBy, by.CorrelationId);
        }
    }
}
