namespace Timeline.EventStore.Tests.EventStoreDb.Double;

/// <summary>One event as the double's log keeps it.</summary>
public sealed record DoubleEvent(
    Guid Id, string Stream, long Revision, ulong Position, string Type, string ContentType, long CreatedTicks, byte[] CustomMetadata, byte[] Data);

public enum Expectation
{
    Any,
    NoStream,
    StreamExists,
    Revision,
}

/// <summary>What an append came to: written, acknowledged as a repeat, or refused with the stream's revision.</summary>
public sealed record AppendOutcome(bool Written, bool Repeat, long CurrentRevision, ulong Position);

/// <summary>
/// The double's storage. It outlives restarts of the server, as a real node's disk does. Positions start far
/// from zero and leave gaps between events, as a real transaction log's byte offsets do, so that no client can
/// get away with assuming they count events.
/// </summary>
public sealed class DoubleLog
{
    private readonly Lock _gate = new();
    private readonly List<DoubleEvent> _all = [];
    private readonly Dictionary<string, List<DoubleEvent>> _streams = new(StringComparer.Ordinal);
    private ulong _nextPosition = 4_096;
    private TaskCompletionSource _appended = NewSignal();

    /// <summary>Completes at the next append; take it before reading so that no append is missed.</summary>
    public Task NextAppend
    {
        get
        {
            lock (_gate)
                return _appended.Task;
        }
    }

    public IReadOnlyList<DoubleEvent>? Stream(string stream)
    {
        lock (_gate)
            return _streams.TryGetValue(stream, out var events) ? events.ToArray() : null;
    }

    public IReadOnlyList<DoubleEvent> All()
    {
        lock (_gate)
            return _all.ToArray();
    }

    public AppendOutcome Append(string stream, Expectation expectation, long expectedRevision,
        IReadOnlyList<(Guid Id, string Type, string ContentType, byte[] CustomMetadata, byte[] Data)> events)
    {
        TaskCompletionSource signal;
        DoubleEvent last;
        lock (_gate)
        {
            var existing = _streams.GetValueOrDefault(stream) ?? [];
            var current = existing.Count - 1L;
            if (Repeat(existing, expectation, expectedRevision, events) is { } repeat)
                return repeat;
            var satisfied = expectation switch
            {
                Expectation.NoStream => current == -1,
                Expectation.StreamExists => current >= 0,
                Expectation.Revision => current == expectedRevision,
                _ => true,
            };
            if (!satisfied)
                return new AppendOutcome(false, false, current, 0);
            if (events.Count == 0)
                return new AppendOutcome(true, false, current, existing.Count > 0 ? existing[^1].Position : 0);
            var created = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks;
            foreach (var e in events)
            {
                var stored = new DoubleEvent(e.Id, stream, ++current, _nextPosition, e.Type, e.ContentType, created, e.CustomMetadata, e.Data);
                _nextPosition += 137 + (ulong)(e.Data.Length + e.CustomMetadata.Length);
                existing.Add(stored);
                _all.Add(stored);
            }
            _streams[stream] = existing;
            last = existing[^1];
            signal = _appended;
            _appended = NewSignal();
        }
        signal.SetResult();
        return new AppendOutcome(true, false, last.Revision, last.Position);
    }

    /// <summary>The same ids sent again where they were first written are acknowledged without a second copy.</summary>
    private static AppendOutcome? Repeat(List<DoubleEvent> existing, Expectation expectation, long expectedRevision,
        IReadOnlyList<(Guid Id, string Type, string ContentType, byte[] CustomMetadata, byte[] Data)> events)
    {
        if (events.Count == 0)
            return null;
        var first = existing.FindIndex(e => e.Id == events[0].Id);
        var expectedFirst = expectation switch
        {
            Expectation.NoStream => 0,
            Expectation.Revision => expectedRevision + 1,
            _ => first,
        };
        if (first < 0 || first != expectedFirst || first + events.Count > existing.Count)
            return null;
        for (var i = 0; i < events.Count; i++)
            if (existing[first + i].Id != events[i].Id)
                return null;
        return new AppendOutcome(true, true, first + events.Count - 1, 0);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
