using Microsoft.Data.Sqlite;

namespace Timeline.EventStore.Sqlite;

/// <summary>
/// Moves a file written in the text layout (GUID text ids, the stream's and type's names in every row) to compact
/// rows. Every position, event id, revision and recorded time is kept as it was: the audit tree's leaves hash them.
/// It all happens in one transaction, so a failure or a crash part way leaves the old table untouched, and the next
/// start tries again.
/// </summary>
internal static class TextLayoutMigration
{
    public static void RunIfNeeded(SqliteConnection connection)
    {
        if (!HasTextLayout(connection))
            return;
        using var transaction = connection.BeginTransaction(deferred: false);
        // Another process may have migrated the file while this one waited for the write lock.
        if (!HasTextLayout(connection, transaction))
            return;
        var traced = HasColumn(connection, transaction, "trace_parent");
        // The indexes are built once after the copy rather than kept up row by row.
        Execute(connection, transaction, "ALTER TABLE events RENAME TO events_text;" + SqliteSchema.CreateTables + """
            INSERT INTO streams (name, revision) SELECT stream, MAX(revision) FROM events_text GROUP BY stream ORDER BY MIN(position);
            INSERT INTO event_types (name) SELECT type FROM events_text GROUP BY type ORDER BY MIN(position);
            """);
        CopyRows(connection, transaction, traced);
        Execute(connection, transaction, "DROP TABLE events_text;" + SqliteSchema.CreateIndexes);
        transaction.Commit();
    }

    private static void CopyRows(SqliteConnection connection, SqliteTransaction transaction, bool traced)
    {
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = $"""
            SELECT e.position, e.event_id, s.stream_key, e.revision, t.type_key, e.recorded_at, e.data,
                   e.recorded_by, e.correlation_id, e.causation_id, e.import_batch, {(traced ? "e.trace_parent" : "NULL")}
            FROM events_text e JOIN streams s ON s.name = e.stream JOIN event_types t ON t.name = e.type
            ORDER BY e.position
            """;
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO events (position, event_id, stream_key, revision, type_key, recorded_at, data, metadata)
            VALUES ($position, $id, $stream, $revision, $type, $at, $data, $metadata)
            """;
        var parameters = new[] { "$position", "$id", "$stream", "$revision", "$type", "$at", "$data", "$metadata" }
            .Select(name => insert.Parameters.Add(name, SqliteType.Blob)).ToArray();
        using var rows = read.ExecuteReader();
        while (rows.Read())
        {
            var position = rows.GetInt64(0);
            parameters[0].Value = position;
            parameters[1].Value = EventRowCodec.IdToBytes(ParseId(rows.GetString(1), "event id", position));
            parameters[2].Value = rows.GetInt64(2);
            parameters[3].Value = rows.GetInt64(3);
            parameters[4].Value = rows.GetInt64(4);
            parameters[5].Value = rows.GetInt64(5);
            parameters[6].Value = (byte[])rows.GetValue(6);
            parameters[7].Value = EventRowCodec.EncodeMetadata(new EventMetadata(
                rows.GetString(7),
                ParseId(rows.GetString(8), "correlation id", position),
                ParseId(rows.GetString(9), "causation id", position),
                rows.IsDBNull(10) ? null : rows.GetString(10),
                rows.IsDBNull(11) ? null : rows.GetString(11)));
            insert.ExecuteNonQuery();
        }
    }

    private static Guid ParseId(string text, string what, long position) =>
        Guid.TryParse(text, out var id)
            ? id
            : throw new InvalidDataException($"The event at position {position} has a {what} that is not a GUID ('{text}'); the file was left as it was.");

    private static bool HasTextLayout(SqliteConnection connection, SqliteTransaction? transaction = null) =>
        HasColumn(connection, transaction, "stream");

    private static bool HasColumn(SqliteConnection connection, SqliteTransaction? transaction, string column)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info('events') WHERE name = $column";
        command.Parameters.AddWithValue("$column", column);
        return (long)command.ExecuteScalar()! > 0;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
