using Microsoft.Data.Sqlite;

namespace Timeline.Auditing.Tree;

/// <summary>
/// The log's tree in a file of its own: one row per leaf (its hash and what the entries endpoint filters on),
/// the hashes of complete subtrees of two or more leaves, the follower's checkpoint, and every signed checkpoint.
/// </summary>
internal static class TreeSchema
{
    private const string Create = """
        CREATE TABLE IF NOT EXISTS leaves (
            leaf_index  INTEGER PRIMARY KEY,
            position    INTEGER NOT NULL,
            event_id    TEXT    NOT NULL,
            stream      TEXT    NOT NULL,
            revision    INTEGER NOT NULL,
            type        TEXT    NOT NULL,
            recorded_at INTEGER NOT NULL,
            recorded_by TEXT    NOT NULL,
            import_batch TEXT,
            hash        BLOB    NOT NULL
        );
        CREATE INDEX IF NOT EXISTS leaves_by_stream ON leaves (stream, revision);
        CREATE TABLE IF NOT EXISTS nodes (
            level INTEGER NOT NULL,
            start INTEGER NOT NULL,
            hash  BLOB    NOT NULL,
            PRIMARY KEY (level, start)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS follower (
            id       INTEGER PRIMARY KEY CHECK (id = 1),
            position INTEGER NOT NULL,
            size     INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS checkpoints (
            id        INTEGER PRIMARY KEY AUTOINCREMENT,
            size      INTEGER NOT NULL,
            root      TEXT    NOT NULL,
            issued_at INTEGER NOT NULL,
            key_id    TEXT    NOT NULL,
            signature TEXT    NOT NULL
        );
        CREATE INDEX IF NOT EXISTS checkpoints_by_time ON checkpoints (issued_at);
        """;

    public static string ConnectionString(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }

    /// <summary>synchronous=NORMAL: the whole file can be rebuilt from the event store, like the read models.</summary>
    public static SqliteConnection Open(string connectionString, bool create = false)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;" + (create ? Create : "");
        command.ExecuteNonQuery();
        return connection;
    }
}
