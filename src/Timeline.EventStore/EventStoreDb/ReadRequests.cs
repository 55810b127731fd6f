using Timeline.EventStore.EventStoreDb.Protocol;
using static Timeline.EventStore.EventStoreDb.Protocol.ReadReq.Types.Options.Types;
using Options = Timeline.EventStore.EventStoreDb.Protocol.ReadReq.Types.Options;

namespace Timeline.EventStore.EventStoreDb;

/// <summary>The read and subscribe requests this adapter sends.</summary>
internal static class ReadRequests
{
    /// <summary>Event types starting with '$' belong to the server itself (settings, statistics, scavenges).</summary>
    public const string UserEventTypes = @"^[^\$].*";

    // The official clients' default: the server reports progress at least every 32 events it looks at.
    private const uint SubscriptionCheckpointWindow = 32;

    public static ReadReq Stream(string stream, ReadDirection direction, long? fromRevision, int maxCount)
    {
        var options = new StreamOptions { StreamIdentifier = EventStoreDbMessages.StreamId(stream) };
        if (fromRevision is { } revision)
            options.Revision = (ulong)Math.Max(0, revision);
        else if (direction == ReadDirection.Forwards)
            options.Start = new Empty();
        else
            options.End = new Empty();
        var request = Base(direction);
        request.Options.Stream = options;
        request.Options.Count = (ulong)Math.Max(0, maxCount);
        request.Options.NoFilter = new Empty();
        return request;
    }

    /// <summary>
    /// Reads user events of $all from <paramref name="fromPosition"/>, which the server includes: callers skip
    /// the event at the position they already have.
    /// </summary>
    public static ReadReq All(long fromPosition, ReadDirection direction, ulong count)
    {
        var request = Base(direction);
        request.Options.All = AllFrom(fromPosition, direction);
        request.Options.Count = count;
        request.Options.Filter = new FilterOptions
        {
            EventType = new FilterOptions.Types.Expression { Regex = UserEventTypes },
            Count = new Empty(),
        };
        return request;
    }

    /// <summary>A catch-up subscription to the user events of $all after <paramref name="afterPosition"/>, then live.</summary>
    public static ReadReq SubscribeToAll(long afterPosition)
    {
        var request = Base(ReadDirection.Forwards);
        request.Options.All = AllFrom(afterPosition, ReadDirection.Forwards);
        request.Options.Subscription = new SubscriptionOptions();
        request.Options.Filter = new FilterOptions
        {
            EventType = new FilterOptions.Types.Expression { Regex = UserEventTypes },
            Max = SubscriptionCheckpointWindow,
            CheckpointIntervalMultiplier = 1,
        };
        return request;
    }

    private static AllOptions AllFrom(long position, ReadDirection direction)
    {
        if (position > 0)
            return new AllOptions { Position = new Position { CommitPosition = (ulong)position, PreparePosition = (ulong)position } };
        return direction == ReadDirection.Forwards ? new AllOptions { Start = new Empty() } : new AllOptions { End = new Empty() };
    }

    private static ReadReq Base(ReadDirection direction) => new()
    {
        Options = new Options
        {
            ReadDirection = direction == ReadDirection.Forwards ? Options.Types.ReadDirection.Forwards : Options.Types.ReadDirection.Backwards,
            ResolveLinks = false,
            UuidOption = new UUIDOption { String = new Empty() },
            ControlOption = new ControlOption { Compatibility = 1 },
        },
    };
}
