using Microsoft.Data.Sqlite;
using Timeline.EventStore.Sqlite;
using Timeline.EventStore.Tests.Conformance;

namespace Timeline.EventStore.Tests.Sqlite;

/// <summary>
/// A file in compact rows written while every event id had a unique index of its own: the store drops that index when
/// it opens the file, and every event, position and retry stays as it was.
/// </summary>
public sealed class Migrating_a_file_with_a_global_id_index : IDisposable
{
    private readonly TempFolder _folder = new();

    private string StorePath => Path.Combine(_folder.Path, "events.db");

    [Fact]
    public async Task The_store_drops_the_index_and_keeps_every_event_and_retry()
    {
        var first = TestEvents.Many("a", 3);
        var second = TestEvents.One("b");
        AppendResult written;
        using (var store = new SqliteEventStore(StorePath))
        {
            written = await store.AppendAsync("record-a", ExpectedRevision.NoStream, first);
            await store.AppendAsync("record-b", ExpectedRevision.NoStream, [second]);
        }
        SqliteConnection.ClearAllPools();
        Execute("CREATE UNIQUE INDEX events_by_id ON events (event_id);");
        Assert.Equal(["events_by_id", "events_by_stream"], Indexes());

        List<StoredEvent> log;
        AppendResult retry, next;
        using (var store = new SqliteEventStore(StorePath))
        {
            log = await store.ReadAllAsync().ToListAsync();
            retry = await store.AppendAsync("record-a", ExpectedRevision.NoStream, first);
            next = await store.AppendAsync("record-b", ExpectedRevision.Exact(0), [TestEvents.One("c")]);
        }

        Assert.Equal(["events_by_stream"], Indexes());
        Assert.Equal([.. first.Select(e => e.EventId), second.EventId], log.Select(e => e.EventId));
        Assert.Equal([1L, 2, 3, 4], log.Select(e => e.Position));
        Assert.Equal(written, retry);
        Assert.Equal(new AppendResult(1, 5), next);
    }

    private List<string> Indexes()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'events' ORDER BY name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
            names.Add(reader.GetString(0));
        return names;
    }

    private void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = StorePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public void Dispose() => _folder.Dispose();
}
