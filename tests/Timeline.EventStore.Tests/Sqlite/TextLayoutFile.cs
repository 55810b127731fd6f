using Microsoft.Data.Sqlite;

namespace Timeline.EventStore.Tests.Sqlite;

/// <summary>
/// Writes an event file as the store wrote it before compact rows: the same CREATE statement, GUIDs as text, the
/// stream and type names in every row. Positions are taken from the events given, gaps and all.
/// </summary>
public static class TextLayoutFile
{
    public const string CreateTable = """
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

    /// <summary>Rows as text; <paramref name="eventIdText"/> may put something other than a GUID in a row's id.</summary>
    public static void Write(string path, IEnumerable<StoredEvent> events, Func<StoredEvent, string>? eventIdText = null)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA journal_mode=WAL;" + CreateTable;
        command.ExecuteNonQuery();
        command.CommandText = """
            INSERT INTO events (position, event_id, stream, revision, type, data, recorded_at, recorded_by, correlation_id, causation_id, import_batch, trace_parent)
            VALUES ($position, $id, $stream, $revision, $type, $data, $at, $by, $correlation, $causation, $batch, $trace)
            """;
        foreach (var e in events)
        {
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$position", e.Position);
            command.Parameters.AddWithValue("$id", eventIdText?.Invoke(e) ?? e.EventId.ToString());
            command.Parameters.AddWithValue("$stream", e.Stream);
            command.Parameters.AddWithValue("$revision", e.Revision);
            command.Parameters.AddWithValue("$type", e.Type);
            command.Parameters.AddWithValue("$data", e.Data.ToArray());
            command.Parameters.AddWithValue("$at", e.RecordedAt.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$by", e.Metadata.RecordedBy);
            command.Parameters.AddWithValue("$correlation", e.Metadata.CorrelationId.ToString());
            command.Parameters.AddWithValue("$causation", e.Metadata.CausationId.ToString());
            command.Parameters.AddWithValue("$batch", (object?)e.Metadata.ImportBatch ?? DBNull.Value);
            command.Parameters.AddWithValue("$trace", (object?)e.Metadata.TraceParent ?? DBNull.Value);
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>Whether the file still holds the text layout, and how many rows its events table has.</summary>
    public static (bool TextLayout, long Rows) Inspect(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info('events') WHERE name = 'stream'";
        var text = (long)command.ExecuteScalar()! > 0;
        command.CommandText = "SELECT COUNT(*) FROM events";
        return (text, (long)command.ExecuteScalar()!);
    }
}
