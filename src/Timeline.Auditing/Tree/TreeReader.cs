using Microsoft.Data.Sqlite;
using SQLitePCL;
using Timeline.Auditing.Proofs.Merkle;
using Timeline.EventStore;

namespace Timeline.Auditing.Tree;

/// <summary>One leaf as the tree file keeps it: where the event is in the log, which event it is, and what it hashes to.</summary>
public sealed record LeafRow(long LeafIndex, long Position, Guid EventId, byte[] Hash);

/// <summary>What verify needs of a leaf.</summary>
public readonly record struct LeafHash(Guid EventId, long Position, ReadOnlyMemory<byte> Hash);

/// <summary>Reads the tree over one connection: roots and proofs of any size up to the tree's, and its leaves.</summary>
public sealed class TreeReader(SqliteConnection connection, bool ownsConnection = true) : IDisposable
{
    private const string LeafColumns = "leaf_index, position, event_id, hash";

    private SqliteCommand? _leafHashes, _nodeHash, _leafPosition;

    /// <summary>Leaves committed to the tree file.</summary>
    public long Size()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT size FROM follower WHERE id = 1";
        return command.ExecuteScalar() is long size ? size : 0;
    }

    /// <summary>
    /// The hash of the aligned complete subtree of 2^level leaves from <paramref name="start"/>: a leaf's own hash, a
    /// kept node from <see cref="TreeSchema.LowestNodeLevel"/> up, and below it the hash of its leaves, read in one range.
    /// </summary>
    public byte[] Complete(long start, int level)
    {
        if (level >= TreeSchema.LowestNodeLevel)
        {
            _nodeHash ??= Command("SELECT hash FROM nodes WHERE level = $level AND start = $start", "$level", "$start");
            _nodeHash.Parameters["$level"].Value = level;
            _nodeHash.Parameters["$start"].Value = start;
            return _nodeHash.ExecuteScalar() as byte[]
                ?? throw new InvalidOperationException($"The tree file has no subtree of level {level} at leaf {start}.");
        }
        var count = 1L << level;
        _leafHashes ??= Command("SELECT hash FROM leaves WHERE leaf_index >= $start AND leaf_index < $end ORDER BY leaf_index", "$start", "$end");
        _leafHashes.Parameters["$start"].Value = start;
        _leafHashes.Parameters["$end"].Value = start + count;
        var hashes = new List<byte[]>((int)count);
        using (var reader = _leafHashes.ExecuteReader())
        {
            while (reader.Read())
                hashes.Add((byte[])reader.GetValue(0));
        }
        if (hashes.Count != count)
            throw new InvalidOperationException($"The tree file has {hashes.Count} of the {count} leaves from leaf {start}.");
        return SubtreeHashes.Of(hashes);
    }

    public byte[] Range(long start, long end) => SubtreeHashes.Of(start, end, Complete);

    public byte[] Root(long size) => Range(0, size);

    public List<byte[]> Inclusion(long index, long size) => InclusionProof.Build(index, size, Range);

    public List<byte[]> Consistency(long from, long to) => ConsistencyProof.Build(from, to, Range);

    public LeafRow? LeafAt(long index) => Leaves(index, index + 1).FirstOrDefault();

    /// <summary>Leaves from <paramref name="from"/> up to, not including, <paramref name="to"/>, in order.</summary>
    public List<LeafRow> Leaves(long from, long to)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {LeafColumns} FROM leaves WHERE leaf_index >= $from AND leaf_index < $to ORDER BY leaf_index";
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$to", to);
        using var reader = command.ExecuteReader();
        var leaves = new List<LeafRow>();
        while (reader.Read())
            leaves.Add(new LeafRow(reader.GetInt64(0), reader.GetInt64(1), EventIdOf((byte[])reader.GetValue(2)), (byte[])reader.GetValue(3)));
        return leaves;
    }

    /// <summary>
    /// The leaf of the event at log position <paramref name="position"/>, if the tree has one. Positions grow with the
    /// leaf index, so the leaf is found by halving the leaves: about log2(size) look-ups by key and no index to keep.
    /// </summary>
    public LeafRow? LeafAtPosition(long position)
    {
        _leafPosition ??= Command("SELECT position FROM leaves WHERE leaf_index = $start", "$start");
        long low = 0, high = Size() - 1;
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            _leafPosition.Parameters["$start"].Value = middle;
            if (_leafPosition.ExecuteScalar() is not long found)
                return null;
            if (found == position)
                return LeafAt(middle);
            if (found < position)
                low = middle + 1;
            else
                high = middle - 1;
        }
        return null;
    }

    /// <summary>The leaf of <paramref name="e"/>: the leaf at its position, if that leaf is of this very event.</summary>
    public LeafRow? LeafOf(StoredEvent e) => LeafAtPosition(e.Position) is { } leaf && leaf.EventId == e.EventId ? leaf : null;

    /// <summary>Whether any leaf is of event <paramref name="eventId"/>: a scan of the leaves, for verify's rare need.</summary>
    public bool HasEvent(Guid eventId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM leaves WHERE event_id = $id)";
        command.Parameters.AddWithValue("$id", eventId.ToByteArray(bigEndian: true));
        return (long)command.ExecuteScalar()! == 1;
    }

    /// <summary>
    /// Every leaf's event, position and hash in order, <paramref name="chunk"/> leaves at a time: what verify compares,
    /// and no more. Read straight from SQLite with the hashes of a chunk in one array, since verify reads every row of
    /// the file.
    /// </summary>
    public IEnumerable<LeafHash[]> AllLeafHashes(int chunk)
    {
        var database = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(database, "SELECT event_id, position, hash FROM leaves ORDER BY leaf_index", out var statement), database);
        using (statement)
        {
            while (true)
            {
                var leaves = new List<LeafHash>(chunk);
                var hashes = new byte[chunk * TreeHash.Size];
                int result;
                while (leaves.Count < chunk && (result = raw.sqlite3_step(statement)) != raw.SQLITE_DONE)
                {
                    if (result != raw.SQLITE_ROW)
                        Check(result, database);
                    var stored = raw.sqlite3_column_blob(statement, 2);
                    var hash = stored.Length == TreeHash.Size ? hashes.AsMemory(leaves.Count * TreeHash.Size, TreeHash.Size) : new byte[stored.Length];
                    stored.CopyTo(hash.Span);
                    leaves.Add(new LeafHash(EventIdOf(raw.sqlite3_column_blob(statement, 0)), raw.sqlite3_column_int64(statement, 1), hash));
                }
                if (leaves.Count > 0)
                    yield return [.. leaves];
                if (leaves.Count < chunk)
                    yield break;
            }
        }
    }

    /// <summary>An id that is not 16 bytes reads as <see cref="Guid.Empty"/>, which matches no event.</summary>
    private static Guid EventIdOf(ReadOnlySpan<byte> stored) => stored.Length == 16 ? new Guid(stored, bigEndian: true) : Guid.Empty;

    private static void Check(int result, sqlite3 database)
    {
        if (result != raw.SQLITE_OK)
            SqliteException.ThrowExceptionForRC(result, database);
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
            command.Parameters.Add(new SqliteParameter(name, SqliteType.Integer));
        return command;
    }

    public void Dispose()
    {
        _leafHashes?.Dispose();
        _nodeHash?.Dispose();
        _leafPosition?.Dispose();
        if (ownsConnection)
            connection.Dispose();
    }
}
