using Microsoft.Data.Sqlite;

namespace Timeline.EventStore.Sqlite;

internal static class SqliteSchema
{
    /// <summary>
    /// Compact rows. position is the rowid, so an append adds to the end of the table's B-tree; SQLite serialises
    /// writers, so positions become visible in commit order with no gaps to skip. Nothing deletes events, so a
    /// position is never given twice without AUTOINCREMENT's extra write per row. Stream names and type names are
    /// stored once and referred to by integer keys; a stream's row holds its current revision, so an append finds
    /// its head with one lookup by name.
    /// </summary>
    public const string CreateTables = """
        CREATE TABLE IF NOT EXISTS streams (
            stream_key INTEGER PRIMARY KEY,
            name       TEXT    NOT NULL UNIQUE,
            revision   INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS event_types (
            type_key INTEGER PRIMARY KEY,
            name     TEXT    NOT NULL UNIQUE
        );
        CREATE TABLE IF NOT EXISTS events (
            position    INTEGER PRIMARY KEY,
            event_id    BLOB    NOT NULL,
            stream_key  INTEGER NOT NULL,
            revision    INTEGER NOT NULL,
            type_key    INTEGER NOT NULL,
            recorded_at INTEGER NOT NULL,
            data        BLOB    NOT NULL,
            metadata    BLOB    NOT NULL
        );
        """;

    /// <summary>
    /// Only the stream's index: event ids are checked within their stream (<see cref="SqliteAppender"/>), so the
    /// appends add to the end of both B-trees, and a commit writes the pages of its own rows and little else.
    /// </summary>
    public const string CreateIndexes = """
        CREATE UNIQUE INDEX IF NOT EXISTS events_by_stream ON events (stream_key, revision);
        """;

    /// <summary>
    /// Files written before ids were checked within their stream have a unique index over every event id; it is
    /// dropped on first open, one statement that frees its pages (seconds for ten million events) and keeps every row.
    /// </summary>
    public const string DropGlobalIdIndex = "DROP INDEX IF EXISTS events_by_id;";

    /// <summary>What reads select, in the order <see cref="SqliteEventStore"/> reads the columns back.</summary>
    public const string EventColumns =
        "e.event_id, t.name, s.name, e.revision, e.position, e.recorded_at, e.data, e.metadata";

    /// <summary>
    /// WAL with synchronous=FULL: a commit is on disk (WAL fsynced) before the append returns, so it survives
    /// a crash of the process and of the machine. A file in the text layout of earlier versions is migrated
    /// first, in one transaction.
    /// </summary>
    public static void Configure(SqliteConnection connection, bool create, TimeSpan busyTimeout)
    {
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout={(long)busyTimeout.TotalMilliseconds}; PRAGMA cache_size=-65536;";
            command.ExecuteNonQuery();
        }
        if (!create)
            return;
        TextLayoutMigration.RunIfNeeded(connection);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = CreateTables + CreateIndexes + DropGlobalIdIndex;
            command.ExecuteNonQuery();
        }
    }
}
