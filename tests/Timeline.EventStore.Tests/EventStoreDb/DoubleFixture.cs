using Timeline.EventStore.Tests.EventStoreDb.Double;

namespace Timeline.EventStore.Tests.EventStoreDb;

/// <summary>One double for a test class: tests use fresh stream names, as they would on a shared real server.</summary>
public sealed class DoubleFixture : IAsyncLifetime
{
    public EventStoreDbDouble Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await EventStoreDbDouble.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
