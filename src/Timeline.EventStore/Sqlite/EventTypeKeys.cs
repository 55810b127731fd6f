using Microsoft.Data.Sqlite;

namespace Timeline.EventStore.Sqlite;

/// <summary>
/// Type name to integer key, remembered by the writer. A type's row never changes once committed, so the memory
/// stays right even when other processes append to the same file; keys added by a transaction that then fails are
/// forgotten with <see cref="ForgetUncommitted"/>.
/// </summary>
internal sealed class EventTypeKeys : IDisposable
{
    private readonly Dictionary<string, long> _committed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _uncommitted = new(StringComparer.Ordinal);
    private readonly SqliteCommand _find;
    private readonly SqliteCommand _add;

    public EventTypeKeys(SqliteConnection connection)
    {
        _find = connection.CreateCommand();
        _find.CommandText = "SELECT type_key FROM event_types WHERE name = $name";
        _find.Parameters.Add("$name", SqliteType.Text);
        _add = connection.CreateCommand();
        _add.CommandText = "INSERT INTO event_types (name) VALUES ($name) RETURNING type_key";
        _add.Parameters.Add("$name", SqliteType.Text);
    }

    public long KeyOf(string type, SqliteTransaction transaction)
    {
        if (_committed.TryGetValue(type, out var key) || _uncommitted.TryGetValue(type, out key))
            return key;
        _find.Transaction = _add.Transaction = transaction;
        _find.Parameters[0].Value = type;
        if (_find.ExecuteScalar() is long found)
        {
            _committed[type] = found;
            return found;
        }
        _add.Parameters[0].Value = type;
        key = (long)_add.ExecuteScalar()!;
        _uncommitted[type] = key;
        return key;
    }

    public void Committed()
    {
        foreach (var (type, key) in _uncommitted)
            _committed[type] = key;
        _uncommitted.Clear();
    }

    public void ForgetUncommitted() => _uncommitted.Clear();

    public void Dispose()
    {
        _find.Dispose();
        _add.Dispose();
    }
}
