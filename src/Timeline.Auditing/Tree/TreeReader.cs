using System.Buffers.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Timeline.Auditing.Proofs.Merkle;

namespace Timeline.Auditing.Tree;

/// <summary>One leaf as the tree file keeps it: where the event is in the log and what it hashes to.</summary>
public sealed record LeafRow(long LeafIndex, long Position, Guid EventId, string Stream, long Revision, string Type,
    DateTimeOffset RecordedAt, string RecordedBy, string? ImportBatch, byte[] Hash);

/// <summary>What verify needs of a leaf.</summary>
public readonly record struct LeafHash(Guid EventId, long Position, ReadOnlyMemory<byte> Hash);

/// <summary>Reads the tree over one connection: roots and proofs of any size up to the tree's, and its leaves.</summary>
public sealed class TreeReader(SqliteConnection connection, bool ownsConnection = true) : IDisposable
{
    private const string LeafColumns = "leaf_index, position, event_id, stream, revision, type, recorded_at, recorded_by, import_batch, hash";

    private SqliteCommand? _leafHash, _nodeHash;

    /// <summary>Leaves committed to the tree file.</summary>
    public long Size()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT size FROM follower WHERE id = 1";
        return command.ExecuteScalar() is long size ? size : 0;
    }

    /// <summary>The hash of the aligned complete subtree of 2^level leaves from <paramref name="start"/>.</summary>
    public byte[] Complete(long start, int level)
    {
        var command = level == 0
            ? _leafHash ??= Command("SELECT hash FROM leaves WHERE leaf_index = $start")
            : _nodeHash ??= Command("SELECT hash FROM nodes WHERE start = $start AND level = $level");
        command.Parameters["$start"].Value = start;
        if (level > 0)
            command.Parameters["$level"].Value = level;
        return command.ExecuteScalar() as byte[]
            ?? throw new InvalidOperationException($"The tree file has no subtree of level {level} at leaf {start}.");
    }

    public byte[] Range(long start, long end) => SubtreeHashes.Of(start, end, Complete);

    public byte[] Root(long size) => Range(0, size);

    public List<byte[]> Inclusion(long index, long size) => InclusionProof.Build(index, size, Range);

    public List<byte[]> Consistency(long from, long to) => ConsistencyProof.Build(from, to, Range);

    public LeafRow? LeafAt(long index) => Leaves("leaf_index = $value", index).FirstOrDefault();

    public LeafRow? FindLeaf(string stream, long revision) =>
        Leaves("stream = $value AND revision = $revision ORDER BY leaf_index LIMIT 1", stream, revision).FirstOrDefault();

    /// <summary>
    /// Every leaf's event, position and hash in order, <paramref name="chunk"/> leaves at a time: what verify compares,
    /// and no more. Read straight from SQLite, with the ids parsed from their UTF-8 and the hashes of a chunk in one
    /// array, since verify reads every row of the file. An id that is not a GUID reads as <see cref="Guid.Empty"/>,
    /// which matches no event.
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
                    var id = raw.sqlite3_column_blob(statement, 0);
                    var eventId = Utf8Parser.TryParse(id, out Guid parsed, out var used, 'D') && used == id.Length ? parsed : Guid.Empty;
                    var stored = raw.sqlite3_column_blob(statement, 2);
                    var hash = stored.Length == TreeHash.Size ? hashes.AsMemory(leaves.Count * TreeHash.Size, TreeHash.Size) : new byte[stored.Length];
                    stored.CopyTo(hash.Span);
                    leaves.Add(new LeafHash(eventId, raw.sqlite3_column_int64(statement, 1), hash));
                }
                if (leaves.Count > 0)
                    yield return [.. leaves];
                if (leaves.Count < chunk)
                    yield break;
            }
        }
    }

    private static void Check(int result, sqlite3 database)
    {
        if (result != raw.SQLITE_OK)
            SqliteException.ThrowExceptionForRC(result, database);
    }

    /// <summary>A page of leaves after <paramref name="after"/> that pass <paramref name="filter"/>, in log order.</summary>
    public List<LeafRow> Page(LogEntryFilter filter, long after, int limit)
    {
        using var command = connection.CreateCommand();
        var where = new List<string> { "leaf_index > $after", "leaf_index < $to" };
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$to", filter.ToIndex ?? long.MaxValue);
        void Add(string condition, string name, object? value)
        {
            if (value is null)
                return;
            where.Add(condition);
            command.Parameters.AddWithValue(name, value);
        }
        Add("recorded_by = $by", "$by", filter.RecordedBy);
        Add("import_batch = $batch", "$batch", filter.ImportBatch);
        Add("type = $type", "$type", filter.Type);
        Add("recorded_at >= $since", "$since", filter.RecordedFrom?.ToUnixTimeMilliseconds());
        Add("recorded_at < $until", "$until", filter.RecordedTo?.ToUnixTimeMilliseconds());
        command.CommandText = $"SELECT {LeafColumns} FROM leaves WHERE {string.Join(" AND ", where)} ORDER BY leaf_index LIMIT {limit}";
        using var reader = command.ExecuteReader();
        var page = new List<LeafRow>();
        while (reader.Read())
            page.Add(ReadLeaf(reader));
        return page;
    }

    private IEnumerable<LeafRow> Leaves(string where, object value, object? revision = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {LeafColumns} FROM leaves WHERE {where}";
        command.Parameters.AddWithValue("$value", value);
        if (revision is not null)
            command.Parameters.AddWithValue("$revision", revision);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return ReadLeaf(reader);
    }

    private static LeafRow ReadLeaf(SqliteDataReader r) => new(r.GetInt64(0), r.GetInt64(1), Guid.Parse(r.GetString(2)), r.GetString(3),
        r.GetInt64(4), r.GetString(5), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6)), r.GetString(7),
        r.IsDBNull(8) ? null : r.GetString(8), (byte[])r.GetValue(9));

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new SqliteParameter("$start", SqliteType.Integer));
        command.Parameters.Add(new SqliteParameter("$level", SqliteType.Integer));
        return command;
    }

    public void Dispose()
    {
        _leafHash?.Dispose();
        _nodeHash?.Dispose();
        if (ownsConnection)
            connection.Dispose();
    }
}

/// <summary>What <c>GET /api/log/entries</c> filters on; every part is optional.</summary>
public sealed record LogEntryFilter(long? ToIndex = null, string? RecordedBy = null, string? ImportBatch = null, string? Type = null,
    DateTimeOffset? RecordedFrom = null, DateTimeOffset? RecordedTo = null);
