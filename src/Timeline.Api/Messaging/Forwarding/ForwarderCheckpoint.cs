using Microsoft.Data.Sqlite;

namespace Timeline.Api.Messaging.Forwarding;

/// <summary>
/// The last log position the forwarder has seen published and confirmed by the broker. It moves after every event, so
/// it keeps one connection open and its commits do not wait for the disk (<c>synchronous=NORMAL</c>): a killed process
/// keeps every commit, and a power cut can only take the last few moves back, which publishes those changes again under
/// the same message ids, as after any retry.
/// </summary>
public sealed class ForwarderCheckpoint : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();

    public ForwarderCheckpoint(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute("""
            PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
            CREATE TABLE IF NOT EXISTS checkpoint (id INTEGER PRIMARY KEY CHECK (id = 1), position INTEGER NOT NULL);
            """);
    }

    public long Read()
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT position FROM checkpoint WHERE id = 1";
            return command.ExecuteScalar() is long position ? position : 0;
        }
    }

    public void Save(long position) =>
        Execute($"INSERT INTO checkpoint (id, position) VALUES (1, {position}) ON CONFLICT (id) DO UPDATE SET position = excluded.position");

    public void Dispose()
    {
        lock (_lock)
            _connection.Dispose();
    }

    private void Execute(string sql)
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
