using Microsoft.Data.Sqlite;
using Timeline.Auditing.Proofs.Merkle;
using Timeline.EventStore;

namespace Timeline.Auditing.Tree;

/// <summary>
/// Grows the tree as the log grows: each batch of events becomes leaves, the subtrees they complete and the
/// follower's new checkpoint, in one transaction. Only the follower appends; anyone may read through
/// <see cref="OpenReader"/>, since a subtree once written never changes.
/// </summary>
public sealed class MerkleTreeStore : IDisposable
{
    private readonly string _connectionString;
    private readonly Lock _writing = new();
    private TreeWriter? _writer;
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
        lock (_writing)
        {
            _writer ??= new TreeWriter(_connectionString);
            try
            {
                _writer.Write(events, _range);
            }
            catch
            {
                // The edge in memory ran ahead of a transaction that did not commit: read it back from the file.
                Restore(_writer.Connection);
                throw;
            }
            Interlocked.Exchange(ref _position, events[^1].Position);
            Interlocked.Exchange(ref _size, _range.Size);
        }
    }

    /// <summary>Closes the follower's connection; reading goes on through new ones.</summary>
    public void Dispose()
    {
        lock (_writing)
        {
            _writer?.Dispose();
            _writer = null;
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
}
