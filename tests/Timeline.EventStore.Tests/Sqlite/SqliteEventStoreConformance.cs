using Timeline.EventStore;
using Timeline.EventStore.Sqlite;
using Timeline.EventStore.Tests.Conformance;

namespace Timeline.EventStore.Tests.Sqlite;

public sealed class SqliteEventStoreConformance : EventStoreConformance
{
    private readonly TempFolder _folder = new();

    private string StorePath => Path.Combine(_folder.Path, "events.db");

    protected override Task<IEventStore> OpenAsync() => Task.FromResult<IEventStore>(new SqliteEventStore(StorePath));

    protected override Task<IEventStore> ReopenAsync(IEventStore store)
    {
        ((IDisposable)store).Dispose();
        return OpenAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
