using Timeline.EventStore;
using Timeline.EventStore.Sqlite;
using Timeline.EventStore.Tests.Conformance;

namespace Timeline.EventStore.Tests.Sqlite;

public class SqliteEventStoreConformance : EventStoreConformance
{
    private readonly TempFolder _folder = new();

    private string StorePath => Path.Combine(_folder.Path, "events.db");

    protected override Task<IEventStore> OpenAsync() => Task.FromResult(Wrap(new SqliteEventStore(StorePath)));

    /// <summary>The store the suite runs against, made from the SQLite store: the store itself unless a variant wraps it.</summary>
    protected virtual IEventStore Wrap(SqliteEventStore store) => store;

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
