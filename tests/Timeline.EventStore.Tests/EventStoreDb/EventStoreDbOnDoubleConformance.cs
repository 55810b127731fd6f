using Timeline.EventStore.EventStoreDb;
using Timeline.EventStore.Tests.Conformance;

namespace Timeline.EventStore.Tests.EventStoreDb;

/// <summary>The whole conformance suite against the EventStoreDB adapter talking to the in-process double.</summary>
public sealed class EventStoreDbOnDoubleConformance(DoubleFixture fixture) : EventStoreConformance, IClassFixture<DoubleFixture>
{
    protected override Task<IEventStore> OpenAsync() =>
        Task.FromResult<IEventStore>(new EventStoreDbEventStore(EventStoreDbConnectionString.Parse(fixture.Server.ConnectionString)));

    protected override Task<IEventStore> ReopenAsync(IEventStore store)
    {
        ((IDisposable)store).Dispose();
        return OpenAsync();
    }
}
