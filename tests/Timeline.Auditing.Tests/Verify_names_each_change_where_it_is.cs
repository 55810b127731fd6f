using System.Text;
using Microsoft.Data.Sqlite;
using Timeline.Auditing.Checkpoints;
using Timeline.Auditing.Tree;
using Timeline.Auditing.Verification;
using Timeline.Domain.Sources;
using Timeline.EventStore;
using Timeline.EventStore.Sqlite;

namespace Timeline.Auditing.Tests;

/// <summary>
/// verify hashes the log a chunk at a time on several threads and reads the tree's leaves in ranges of its own: a log
/// longer than both, with a change made behind its back in one file, must still be reported at the very leaf.
/// </summary>
public sealed class Verify_names_each_change_where_it_is : IDisposable
{
    // Past one range of stored leaves (4,096) and many chunks of hashed events (256), and not a multiple of either.
    private const int Events = 4_500;
    private const long Changed = 4_321;

    private readonly string _folder = Directory.CreateTempSubdirectory("verify-where-").FullName;

    [Fact]
    public async Task An_untouched_log_verifies_and_every_kind_of_source_text_is_checked()
    {
        var report = await VerifyAsync(await SignedLogAsync());

        Assert.True(report.Ok, string.Join("; ", report.Breaks.Select(b => b.Detail)));
        Assert.Equal(Events, report.Events);
        Assert.Equal(Events, report.TreeLeaves);
        Assert.Equal(Events, report.SourcesChecked);
    }

    [Fact]
    public async Task A_changed_source_text_is_named_as_a_source_checksum_and_a_mismatched_leaf_at_its_leaf()
    {
        var log = await SignedLogAsync();
        var data = Encoding.UTF8.GetString(Data(Changed + 1)).Replace("Paragraph", "Paragraf", StringComparison.Ordinal);
        Tamper("events.db", "UPDATE events SET data = $value WHERE position = $at", Encoding.UTF8.GetBytes(data), Changed + 1);

        var report = await VerifyAsync(log);

        Assert.False(report.Ok);
        Assert.Equal([(BreakKinds.MismatchedLeaf, Changed), (BreakKinds.SourceChecksum, Changed)],
            report.Breaks.Where(b => b.LeafIndex is not null).Select(b => (b.Kind, b.LeafIndex!.Value)).Order());
        Assert.Contains(report.Breaks, b => b.Kind == BreakKinds.CheckpointRoot && b.CheckpointSize == Events);
    }

    [Fact]
    public async Task A_changed_byte_of_a_stored_leaf_hash_is_named_as_a_mismatched_leaf_at_its_leaf()
    {
        var log = await SignedLogAsync();
        var hash = StoredHash(Changed);
        hash[7] ^= 0x40;
        Tamper("auditlog.db", "UPDATE leaves SET hash = $value WHERE leaf_index = $at", hash, Changed);

        var report = await VerifyAsync(log);

        var only = Assert.Single(report.Breaks);
        Assert.Equal((BreakKinds.MismatchedLeaf, Changed), (only.Kind, only.LeafIndex));
    }

    [Fact]
    public async Task A_changed_checkpoint_root_is_named_at_its_size()
    {
        var log = await SignedLogAsync();
        Tamper("auditlog.db", "UPDATE checkpoints SET root = $value WHERE size = $at", new string('0', 64), Events);

        var report = await VerifyAsync(log);

        Assert.Equal([BreakKinds.BadSignature, BreakKinds.CheckpointRoot], report.Breaks.Select(b => b.Kind).Order());
        Assert.All(report.Breaks, b => Assert.Equal(Events, b.CheckpointSize));
    }

    private sealed record SignedLog(SqliteEventStore Store, MerkleTreeStore Tree, SigningKey Key) : IDisposable
    {
        public void Dispose()
        {
            Key.Dispose();
            Tree.Dispose();
            Store.Dispose();
            SqliteConnection.ClearAllPools();
        }
    }

    private readonly List<IDisposable> _open = [];

    private async Task<SignedLog> SignedLogAsync()
    {
        var store = new SqliteEventStore(Path.Combine(_folder, "events.db"));
        var tree = new MerkleTreeStore(Path.Combine(_folder, "auditlog.db"));
        for (var batch = 0; batch < Events / 100; batch++)
            await store.AppendAsync($"record-{batch}", ExpectedRevision.NoStream, Enumerable.Range(batch * 100, 100).Select(Event).ToArray());
        var events = new List<StoredEvent>();
        await foreach (var e in store.ReadAllAsync())
            events.Add(e);
        tree.Append(events);
        var key = new SigningKey(new AuditingOptions(), Path.Combine(_folder, "log-signing-key.pem"));
        new Checkpointer(tree, new CheckpointStore(tree), key, TimeProvider.System).SignNow();
        var log = new SignedLog(store, tree, key);
        _open.Add(log);
        return log;
    }

    private static Task<VerifyReport> VerifyAsync(SignedLog log) =>
        new LogVerifier(log.Store, log.Tree, new CheckpointStore(log.Tree), log.Key).VerifyAsync();

    /// <summary>Sources of every shape the checksum is read from: plain, with escapes, beyond ASCII, its hash in capitals.</summary>
    private static EventData Event(int i)
    {
        var text = (i % 4) switch
        {
            0 => $"Paragraph {i}.",
            1 => $"Paragraph {i}, \"quoted\"\nand a tab\there.",
            2 => $"Paragraph {i}: 国家开放大学 — café 😀.",
            _ => $"Paragraph {i} in plain words.",
        };
        var sha = i % 4 == 3 ? Source.HashOf(text).ToUpperInvariant() : Source.HashOf(text);
        var json = $$"""{"title":"Activity {{i}}","sources":[{"text":{{System.Text.Json.JsonSerializer.Serialize(text)}},"sha256":"{{sha}}"}]}""";
        return new(Guid.NewGuid(), "ActivityReported.v1", Encoding.UTF8.GetBytes(json), new EventMetadata("tester", Guid.NewGuid(), Guid.NewGuid()));
    }

    private byte[] Data(long position) => (byte[])Query("events.db", "SELECT data FROM events WHERE position = $at", position)!;

    private byte[] StoredHash(long leaf) => (byte[])Query("auditlog.db", "SELECT hash FROM leaves WHERE leaf_index = $at", leaf)!;

    private object? Query(string file, string sql, long at)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, file)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$at", at);
        return command.ExecuteScalar();
    }

    private void Tamper(string file, string sql, object value, long at)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, file)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$value", value);
        command.Parameters.AddWithValue("$at", at);
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    public void Dispose()
    {
        foreach (var open in _open)
            open.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
