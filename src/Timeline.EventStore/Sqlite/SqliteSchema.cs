using Microsoft.Data.Sqlite;

namespace Timeline.EventStore.Sqlite;

internal static class SqliteSchema
{
    // position is the rowid: SQLite serialises writers, so positions become visible in commit order with no gaps to skip.
    private const string CreateTables = """
        CREATE TABLE IF NOT EXISTS events (
            position       INTEGER PRIMARY KEY AUTOINCREMENT,
            event_id       TEXT    NOT NULL UNIQUE,
            stream         TEXT    NOT NULL,
            revision       INTEGER NOT NULL,
            type           TEXT    NOT NULL,
            data           BLOB    NOT NULL,
            recorded_at    INTEGER NOT NULL,
            recorded_by    TEXT    NOT NULL,
            correlation_id TEXT    NOT NULL,
            causation_id   TEXT    NOT NULL,
            import_batch   TEXT,
            trace_parent   TEXT,
            UNIQUE (stream, revision)
        );
        """;

    /// <summary>
    /// WAL with synchronous=FULL: a commit is on disk (WAL fsynced) before the append returns, so it survives
    /// a crash of the process and of the machine.
    /// </summary>
    public static void Configure(SqliteConnection connection, bool create, TimeSpan busyTimeout)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout={(long)busyTimeout.TotalMilliseconds}; PRAGMA cache_size=-65536;"
            + (create ? CreateTables : "");
        command.ExecuteNonQuery();
        if (create)
            AddTraceParentColumn(connection);
    }

    /// <summary>Files written before trace contexts were kept lack the column; their events simply have none.</summary>
    private static void AddTraceParentColumn(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info('events') WHERE name = 'trace_parent'";
        if ((long)command.ExecuteScalar()! > 0)
            return;
        command.CommandText = "ALTER TABLE events ADD COLUMN trace_parent TEXT";
        command.ExecuteNonQuery();
    }
}
