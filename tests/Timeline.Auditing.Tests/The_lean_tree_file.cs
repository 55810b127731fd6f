using System.Text;
using Microsoft.Data.Sqlite;
using Timeline.Auditing.Checkpoints;
using Timeline.Auditing.Proofs.Merkle;
using Timeline.Auditing.Tree;
using Timeline.Auditing.Verification;
using Timeline.EventStore;
using Timeline.EventStore.Sqlite;

namespace Timeline.Auditing.Tests;

/// <summary>
/// The tree file keeps a leaf's position, event id and hash, and the subtrees of sixteen leaves or more: proofs hash
/// the smaller subtrees again from their leaves, and must come out as the tree's definition gives them at every size.
/// A file of the earlier, wide layout is migrated when it is opened.
/// </summary>
public sealed class The_lean_tree_file : IDisposable
{
    private const int Events = 70;
    private readonly string _folder = Directory.CreateTempSubdirectory("tree-lean-").FullName;

    [Fact]
    public async Task Proofs_of_every_size_equal_the_definition_s_with_no_subtree_of_fewer_than_sixteen_leaves_kept()
    {
        var (store, log) = await LogAsync();
        using var _ = store;
        using var tree = new MerkleTreeStore(Path.Combine(_folder, "auditlog.db"));
        // Batches of uneven sizes, so that subtrees are completed across a batch's edge as well as within it.
        for (var from = 0; from < log.Length; from += 1 + from % 7)
            tree.Append(log[from..Math.Min(log.Length, from + 1 + from % 7)]);

        AssertProvesAsDefined(tree, log);
        Assert.Equal(0L, Scalar("SELECT count(*) FROM nodes WHERE level < 4"));
        Assert.Equal(Events / 16 + Events / 32 + Events / 64, Scalar("SELECT count(*) FROM nodes"));
    }

    [Fact]
    public async Task A_file_of_the_wide_layout_is_migrated_on_open_and_proves_and_verifies_as_before()
    {
        var (store, log) = await LogAsync();
        using var _ = store;
        WriteWideLayout(log);

        using (var tree = new MerkleTreeStore(Path.Combine(_folder, "auditlog.db")))
        {
            Assert.Equal(Events, tree.Size);
            Assert.Equal(log[^1].Position, tree.Position);
            AssertProvesAsDefined(tree, log);
            using var reader = tree.OpenReader();
            Assert.All(log.Select((e, i) => (e, i)), x =>
            {
                Assert.Equal(x.e.EventId, reader.LeafAt(x.i)!.EventId);
                Assert.Equal(x.i, reader.LeafAtPosition(x.e.Position)!.LeafIndex);
            });
            using var key = new SigningKey(new AuditingOptions(), Path.Combine(_folder, "log-signing-key.pem"));
            var checkpoints = new CheckpointStore(tree);
            new Checkpointer(tree, checkpoints, key, TimeProvider.System).SignNow();
            var report = await new LogVerifier(store, tree, checkpoints, key).VerifyAsync();
            Assert.True(report.Ok, string.Join("; ", report.Breaks.Select(b => b.Detail)));
        }
        Assert.Equal(0L, Scalar("SELECT count(*) FROM pragma_table_info('leaves') WHERE name = 'stream'"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM nodes WHERE level < 4"));
    }

    private void AssertProvesAsDefined(MerkleTreeStore tree, StoredEvent[] log)
    {
        var leaves = log.Select(e => StoredLeaves.Of(e).Hash()).ToList();
        Func<long, long, byte[]> defined = (start, end) => SubtreeHashes.Of(leaves.Skip((int)start).Take((int)(end - start)).ToList());
        using var reader = tree.OpenReader();
        for (var size = 1; size <= leaves.Count; size++)
        {
            Assert.Equal(TreeHash.ToHex(defined(0, size)), TreeHash.ToHex(reader.Root(size)));
            for (var index = 0; index < size; index++)
                Assert.Equal(Hex(InclusionProof.Build(index, size, defined)), Hex(reader.Inclusion(index, size)));
            for (var from = 1; from <= size; from++)
                Assert.Equal(Hex(ConsistencyProof.Build(from, size, defined)), Hex(reader.Consistency(from, size)));
        }
    }

    private static List<string> Hex(List<byte[]> proof) => proof.Select(TreeHash.ToHex).ToList();

    /// <summary>The tree file as the service wrote it before: every leaf's metadata, the stream's index, every node.</summary>
    private void WriteWideLayout(StoredEvent[] log)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "auditlog.db")};Pooling=false");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Run(connection, """
            CREATE TABLE leaves (leaf_index INTEGER PRIMARY KEY, position INTEGER NOT NULL, event_id TEXT NOT NULL, stream TEXT NOT NULL,
                revision INTEGER NOT NULL, type TEXT NOT NULL, recorded_at INTEGER NOT NULL, recorded_by TEXT NOT NULL, import_batch TEXT,
                hash BLOB NOT NULL);
            CREATE INDEX leaves_by_stream ON leaves (stream, revision);
            CREATE TABLE nodes (level INTEGER NOT NULL, start INTEGER NOT NULL, hash BLOB NOT NULL, PRIMARY KEY (level, start)) WITHOUT ROWID;
            CREATE TABLE follower (id INTEGER PRIMARY KEY CHECK (id = 1), position INTEGER NOT NULL, size INTEGER NOT NULL);
            """);
        var range = new CompactRange();
        foreach (var e in log)
        {
            var hash = StoredLeaves.Of(e).Hash();
            Run(connection, "INSERT INTO leaves VALUES ($i, $position, $id, $stream, $revision, $type, $at, $by, NULL, $hash)",
                ("$i", range.Size), ("$position", e.Position), ("$id", e.EventId.ToString()), ("$stream", e.Stream), ("$revision", e.Revision),
                ("$type", e.Type), ("$at", e.RecordedAt.ToUnixTimeMilliseconds()), ("$by", e.Metadata.RecordedBy), ("$hash", hash));
            range.Append(hash, node => Run(connection, "INSERT INTO nodes VALUES ($level, $start, $hash)",
                ("$level", node.Level), ("$start", node.Start), ("$hash", node.Hash)));
        }
        Run(connection, "INSERT INTO follower VALUES (1, $position, $size)", ("$position", log[^1].Position), ("$size", range.Size));
        transaction.Commit();
    }

    private static void Run(SqliteConnection connection, string sql, params (string Name, object Value)[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in values)
            command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "auditlog.db")};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private async Task<(SqliteEventStore, StoredEvent[])> LogAsync()
    {
        var store = new SqliteEventStore(Path.Combine(_folder, "events.db"));
        for (var i = 0; i < Events; i++)
        {
            var json = $$"""{"title":"Meeting {{i}}","year":{{1900 + i}}}""";
            await store.AppendAsync($"record-{i % 9}", ExpectedRevision.Any,
                [new EventData(Guid.NewGuid(), "MeetingHeld.v1", Encoding.UTF8.GetBytes(json), new EventMetadata("tester", Guid.NewGuid(), Guid.NewGuid()))]);
        }
        var log = new List<StoredEvent>();
        await foreach (var e in store.ReadAllAsync())
            log.Add(e);
        return (store, [.. log]);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
