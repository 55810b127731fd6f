using Microsoft.Data.Sqlite;

namespace Timeline.Auditing.Tree;

/// <summary>
/// The log's tree in a file of its own: one row per leaf (its event's position and id, and its hash), the hashes of
/// complete subtrees of <see cref="LeavesPerNode"/> or more leaves, the follower's checkpoint, and every signed
/// checkpoint. What an entry says besides (stream, type, time, who recorded it) is read from the event store at the
/// leaf's position, and subtrees below <see cref="LowestNodeLevel"/> are hashed again from their leaves when asked for.
/// </summary>
internal static class TreeSchema
{
    /// <summary>Subtrees of fewer leaves are not kept: a proof reads at most this many leaf hashes in one range instead.</summary>
    public const int LowestNodeLevel = 4;

    public const int LeavesPerNode = 1 << LowestNodeLevel;

    private const string Create = """
        CREATE TABLE IF NOT EXISTS leaves (
            leaf_index INTEGER PRIMARY KEY,
            position   INTEGER NOT NULL,
            event_id   BLOB    NOT NULL,
            hash       BLOB    NOT NULL
        );
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
        Run(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;");
        if (create)
        {
            WideLayoutMigration.MigrateIfWide(connection);
            Run(connection, Create);
        }
        return connection;
    }

    public static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
