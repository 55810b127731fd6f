using Microsoft.Data.Sqlite;
using Timeline.Auditing.Proofs.Merkle;
using Timeline.EventStore;

namespace Timeline.Auditing.Tree;

/// <summary>
/// Grows the tree as the log grows: each batch of events becomes leaves, the subtrees they complete and the
/// follower's new checkpoint, in one transaction. Only the follower appends; anyone may read through
/// <see cref="OpenReader"/>, since a subtree once written never changes.
/// </summary>
public sealed class MerkleTreeStore
{
    private readonly string _connectionString;
    private CompactRange _range = new();
    private long _size;
    private long _position;

    public MerkleTreeStore(string path)
    {
        _connectionString = TreeSchema.ConnectionString(path);
        using var connection = TreeSchema.Open(_connectionString, create: true);
        Restore(connection);
    }

    /// <summary>Leaves in the tree.</summary>
    public long Size => Interlocked.Read(ref _size);

    /// <summary>The log position of the last event in the tree: where the follower resumes.</summary>
    public long Position => Interlocked.Read(ref _position);

    public TreeReader OpenReader() => new(TreeSchema.Open(_connectionString));

    internal SqliteConnection OpenConnection() => TreeSchema.Open(_connectionString);

    public void Append(IReadOnlyList<StoredEvent> events)
    {
        if (events.Count == 0)
            return;
        using var connection = TreeSchema.Open(_connectionString);
        try
        {
            using var transaction = connection.BeginTransaction();
            using var leaf = Prepare(connection, transaction, """
                INSERT INTO leaves (leaf_index, position, event_id, stream, revision, type, recorded_at, recorded_by, import_batch, hash)
                VALUES ($index, $position, $id, $stream, $revision, $type, $at, $by, $batch, $hash)
                """, "$index", "$position", "$id", "$stream", "$revision", "$type", "$at", "$by", "$batch", "$hash");
            using var node = Prepare(connection, transaction, "INSERT INTO nodes (level, start, hash) VALUES ($level, $start, $hash)",
                "$level", "$start", "$hash");
            foreach (var e in events)
            {
                var hash = StoredLeaves.Of(e).Hash();
                Bind(leaf, _range.Size, e.Position, e.EventId.ToString(), e.Stream, e.Revision, e.Type,
                    e.RecordedAt.ToUnixTimeMilliseconds(), e.Metadata.RecordedBy, (object?)e.Metadata.ImportBatch ?? DBNull.Value, hash);
                _range.Append(hash, completed => Bind(node, completed.Level, completed.Start, completed.Hash));
            }
            using var follower = Prepare(connection, transaction, """
                INSERT INTO follower (id, position, size) VALUES (1, $position, $size)
                ON CONFLICT (id) DO UPDATE SET position = excluded.position, size = excluded.size
                """, "$position", "$size");
            Bind(follower, events[^1].Position, _range.Size);
            transaction.Commit();
            Interlocked.Exchange(ref _position, events[^1].Position);
            Interlocked.Exchange(ref _size, _range.Size);
        }
        catch
        {
            // The edge in memory ran ahead of a transaction that did not commit: read it back from the file.
            Restore(connection);
            throw;
        }
    }

    private void Restore(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT position, size FROM follower WHERE id = 1";
        using (var reader = command.ExecuteReader())
        {
            (_position, _size) = reader.Read() ? (reader.GetInt64(0), reader.GetInt64(1)) : (0, 0);
        }
        using var tree = new TreeReader(connection, ownsConnection: false);
        _range = new CompactRange(_size, CompactRange.EdgeOf(_size).Select(e => new Subtree(e.Level, e.Start, tree.Complete(e.Start, e.Level))));
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private static void Bind(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }
}
