namespace Timeline.EventStore;

/// <summary>
/// The event store port. Streams hold events in revision order (0, 1, ...); every event also has a
/// global position that only grows, in commit order. Positions need not be contiguous; 0 is "before
/// the first event".
/// </summary>
public interface IEventStore
{
    /// <summary>
    /// Appends all events atomically, or none. Throws <see cref="WrongExpectedVersionException"/> when the
    /// stream does not match <paramref name="expected"/>. Appending the same event ids again with the same
    /// expectation is acknowledged without writing twice.
    /// </summary>
    Task<AppendResult> AppendAsync(string stream, ExpectedRevision expected, IReadOnlyList<EventData> events,
        CancellationToken cancellationToken = default);

    /// <summary>Reads a stream; an unknown stream reads as empty.</summary>
    IAsyncEnumerable<StoredEvent> ReadStreamAsync(string stream, ReadDirection direction = ReadDirection.Forwards,
        long? fromRevision = null, int maxCount = int.MaxValue, CancellationToken cancellationToken = default);

    /// <summary>Reads the global log forwards from just after <paramref name="afterPosition"/>.</summary>
    IAsyncEnumerable<StoredEvent> ReadAllAsync(long afterPosition = 0, int maxCount = int.MaxValue,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Delivers every event after <paramref name="afterPosition"/> in log order, then follows new appends
    /// live until cancelled. Never skips or repeats an event.
    /// </summary>
    IAsyncEnumerable<StoredEvent> SubscribeToAllAsync(long afterPosition, CancellationToken cancellationToken);

    /// <summary>The position of the last event in the log; 0 when the log is empty.</summary>
    Task<long> ReadHeadPositionAsync(CancellationToken cancellationToken = default);
}
