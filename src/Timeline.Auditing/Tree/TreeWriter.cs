using Microsoft.Data.Sqlite;
using Timeline.Auditing.Proofs.Merkle;
using Timeline.EventStore;

namespace Timeline.Auditing.Tree;

/// <summary>
/// The follower's own connection to the tree file, with its statements prepared once and bound by position:
/// opening a connection and preparing three statements for every batch cost as much as writing the batch's rows.
/// </summary>
internal sealed class TreeWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly RawStatement _leaf, _node, _follower;

    public TreeWriter(string connectionString)
    {
        _connection = TreeSchema.Open(connectionString);
        _leaf = new RawStatement(_connection, "INSERT INTO leaves (leaf_index, position, event_id, hash) VALUES (?1, ?2, ?3, ?4)");
        _node = new RawStatement(_connection, "INSERT INTO nodes (level, start, hash) VALUES (?1, ?2, ?3)");
        _follower = new RawStatement(_connection, """
            INSERT INTO follower (id, position, size) VALUES (1, ?1, ?2)
            ON CONFLICT (id) DO UPDATE SET position = excluded.position, size = excluded.size
            """);
    }

    public SqliteConnection Connection => _connection;

    /// <summary>Writes the batch's leaves, the subtrees they complete and the follower's checkpoint in one transaction.</summary>
    public void Write(IReadOnlyList<StoredEvent> events, CompactRange range)
    {
        using var transaction = _connection.BeginTransaction();
        Span<byte> id = stackalloc byte[16];
        foreach (var e in events)
        {
            var hash = StoredLeaves.Of(e).Hash();
            e.EventId.TryWriteBytes(id, bigEndian: true, out _);
            _leaf.Bind(1, range.Size).Bind(2, e.Position).Bind(3, id).Bind(4, hash).Run();
            range.Append(hash, WriteNode);
        }
        _follower.Bind(1, events[^1].Position).Bind(2, range.Size).Run();
        transaction.Commit();
    }

    private void WriteNode(Subtree completed)
    {
        if (completed.Level >= TreeSchema.LowestNodeLevel)
            _node.Bind(1, completed.Level).Bind(2, completed.Start).Bind(3, completed.Hash).Run();
    }

    public void Dispose()
    {
        _leaf.Dispose();
        _node.Dispose();
        _follower.Dispose();
        _connection.Dispose();
    }
}
