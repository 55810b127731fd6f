using Microsoft.Data.Sqlite;
using Timeline.Auditing.Proofs.Merkle;
using Timeline.EventStore;

namespace Timeline.Auditing.Tree;

/// <summary>
/// The follower's own connection to the tree file, with its statements prepared once: opening a connection and
/// preparing three statements for every batch cost as much as writing the batch's rows.
/// </summary>
internal sealed class TreeWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _leaf, _node, _follower;
    private readonly SqliteParameter _index, _position, _id, _stream, _revision, _type, _at, _by, _batch, _hash;
    private readonly SqliteParameter _level, _start, _nodeHash, _followerPosition, _followerSize;

    public TreeWriter(string connectionString)
    {
        _connection = TreeSchema.Open(connectionString);
        _leaf = Command("""
            INSERT INTO leaves (leaf_index, position, event_id, stream, revision, type, recorded_at, recorded_by, import_batch, hash)
            VALUES ($index, $position, $id, $stream, $revision, $type, $at, $by, $batch, $hash)
            """);
        (_index, _position, _id, _stream, _revision) = (Add(_leaf, "$index"), Add(_leaf, "$position"), Add(_leaf, "$id"), Add(_leaf, "$stream"), Add(_leaf, "$revision"));
        (_type, _at, _by, _batch, _hash) = (Add(_leaf, "$type"), Add(_leaf, "$at"), Add(_leaf, "$by"), Add(_leaf, "$batch"), Add(_leaf, "$hash"));
        _node = Command("INSERT INTO nodes (level, start, hash) VALUES ($level, $start, $hash)");
        (_level, _start, _nodeHash) = (Add(_node, "$level"), Add(_node, "$start"), Add(_node, "$hash"));
        _follower = Command("""
            INSERT INTO follower (id, position, size) VALUES (1, $position, $size)
            ON CONFLICT (id) DO UPDATE SET position = excluded.position, size = excluded.size
            """);
        (_followerPosition, _followerSize) = (Add(_follower, "$position"), Add(_follower, "$size"));
    }

    public SqliteConnection Connection => _connection;

    /// <summary>Writes the batch's leaves, the subtrees they complete and the follower's checkpoint in one transaction.</summary>
    public void Write(IReadOnlyList<StoredEvent> events, CompactRange range)
    {
        using var transaction = _connection.BeginTransaction();
        _leaf.Transaction = _node.Transaction = _follower.Transaction = transaction;
        foreach (var e in events)
        {
            var hash = StoredLeaves.Of(e).Hash();
            _index.Value = range.Size;
            _position.Value = e.Position;
            _id.Value = e.EventId.ToString();
            _stream.Value = e.Stream;
            _revision.Value = e.Revision;
            _type.Value = e.Type;
            _at.Value = e.RecordedAt.ToUnixTimeMilliseconds();
            _by.Value = e.Metadata.RecordedBy;
            _batch.Value = (object?)e.Metadata.ImportBatch ?? DBNull.Value;
            _hash.Value = hash;
            _leaf.ExecuteNonQuery();
            range.Append(hash, WriteNode);
        }
        _followerPosition.Value = events[^1].Position;
        _followerSize.Value = range.Size;
        _follower.ExecuteNonQuery();
        transaction.Commit();
    }

    private void WriteNode(Subtree completed)
    {
        _level.Value = completed.Level;
        _start.Value = completed.Start;
        _nodeHash.Value = completed.Hash;
        _node.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static SqliteParameter Add(SqliteCommand command, string name) => command.Parameters.Add(new SqliteParameter { ParameterName = name });

    public void Dispose()
    {
        _leaf.Dispose();
        _node.Dispose();
        _follower.Dispose();
        _connection.Dispose();
    }
}
