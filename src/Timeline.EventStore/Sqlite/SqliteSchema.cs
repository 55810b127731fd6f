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
    }
}
