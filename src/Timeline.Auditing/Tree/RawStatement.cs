using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Timeline.Auditing.Tree;

/// <summary>
/// A statement prepared once on a connection and run again and again with values bound by their position, straight
/// through SQLite: the tree writes a row or more an event, and binding by name and running each through a command
/// cost more than SQLite's own work on them.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    /// <summary>Binds parameter <paramref name="position"/> (from 1) for the next <see cref="Run"/>.</summary>
    public RawStatement Bind(int position, long value) => Checked(raw.sqlite3_bind_int64(_statement, position, value));

    public RawStatement Bind(int position, ReadOnlySpan<byte> blob) => Checked(raw.sqlite3_bind_blob(_statement, position, blob));

    /// <summary>Runs the statement with the values bound, and keeps it ready for the next row.</summary>
    public void Run()
    {
        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE)
            Check(result);
    }

    private RawStatement Checked(int result)
    {
        Check(result);
        return this;
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
            SqliteException.ThrowExceptionForRC(result, _database);
    }

    public void Dispose() => _statement.Dispose();
}
