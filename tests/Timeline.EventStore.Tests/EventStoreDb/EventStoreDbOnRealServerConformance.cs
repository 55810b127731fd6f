using Timeline.EventStore.EventStoreDb;
using Timeline.EventStore.Tests.Conformance;

namespace Timeline.EventStore.Tests.EventStoreDb;

/// <summary>
/// The whole conformance suite against a real EventStoreDB (24.10 or newer), whose connection string is in
/// TIMELINE_ESDB: a node, <c>esdb://localhost:2113?tls=false</c>, or a cluster,
/// <c>esdb+discover://localhost:2111,localhost:2112,localhost:2113?tls=false&amp;nodePreference=follower</c>.
/// This is how the adapter is accepted.
/// </summary>
[RequiresEnvironmentVariable(RealServer.Variable,
    "an EventStoreDB connection string such as esdb://localhost:2113?tls=false, or esdb+discover://localhost:2111,localhost:2112,localhost:2113?tls=false for a cluster")]
public sealed class EventStoreDbOnRealServerConformance : EventStoreConformance
{
    protected override Task<IEventStore> OpenAsync() =>
        Task.FromResult<IEventStore>(new EventStoreDbEventStore(EventStoreDbConnectionString.Parse(RealServer.ConnectionString)));

    protected override Task<IEventStore> ReopenAsync(IEventStore store)
    {
        ((IDisposable)store).Dispose();
        return OpenAsync();
    }
}

public static class RealServer
{
    public const string Variable = "TIMELINE_ESDB";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : throw new InvalidOperationException($"{Variable} is not set.");
}
