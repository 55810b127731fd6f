using System.Text;
using Timeline.Auditing.Checkpoints;
using Timeline.Auditing.Proofs.Merkle;
using Timeline.Auditing.Tree;
using Timeline.Auditing.Verification;
using Timeline.EventStore;
using Timeline.EventStore.Sqlite;

namespace Timeline.Auditing.Tests;

/// <summary>
/// The tree file is not synced with every batch: it is derived from the log, so whatever a crash loses, the next
/// open finds missing against the log and adds again. The files are copied while the writing process still holds
/// them open, which is what a killed process leaves on disk.
/// </summary>
public sealed class Reopening_a_tree_a_killed_process_left : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tree-killed-").FullName;

    [Fact]
    public async Task The_tree_resumes_from_its_last_batch_and_verifies_against_the_whole_log()
    {
        var running = Path.Combine(_folder, "running");
        using var store = new SqliteEventStore(Path.Combine(running, "events.db"));
        using var tree = new MerkleTreeStore(Path.Combine(running, "auditlog.db"));
        for (var i = 0; i < 30; i++)
            await store.AppendAsync($"record-{i}", ExpectedRevision.NoStream, [Event(i)]);
        var log = await ReadAsync(store, 0);
        tree.Append(log[..10]);
        tree.Append(log[10..20]);

        var left = Path.Combine(_folder, "left");
        Directory.CreateDirectory(left);
        foreach (var file in Directory.GetFiles(running).Where(f => !f.EndsWith("-shm", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(left, Path.GetFileName(file)));

        using var reopenedStore = new SqliteEventStore(Path.Combine(left, "events.db"));
        using var reopened = new MerkleTreeStore(Path.Combine(left, "auditlog.db"));
        Assert.Equal(20, reopened.Size);
        Assert.Equal(log[19].Position, reopened.Position);
        reopened.Append(await ReadAsync(reopenedStore, reopened.Position));

        var expected = new CompactRange();
        foreach (var e in log)
            expected.Append(StoredLeaves.Of(e).Hash());
        using (var reader = reopened.OpenReader())
            Assert.Equal(TreeHash.ToHex(expected.Root()), TreeHash.ToHex(reader.Root(30)));
        using var key = new SigningKey(new AuditingOptions(), Path.Combine(left, "log-signing-key.pem"));
        var checkpoints = new CheckpointStore(reopened);
        new Checkpointer(reopened, checkpoints, key, TimeProvider.System).SignNow();
        var report = await new LogVerifier(reopenedStore, reopened, checkpoints, key).VerifyAsync();
        Assert.True(report.Ok, string.Join("; ", report.Breaks.Select(b => b.Detail)));
        Assert.Equal(30, report.TreeLeaves);
    }

    private static EventData Event(int i)
    {
        var text = $"Paragraph {i}.";
        var json = $$"""{"title":"Activity {{i}}","source":{"text":"{{text}}","sha256":"{{Timeline.Domain.Sources.Source.HashOf(text)}}"} }""";
        return new(Guid.NewGuid(), "ActivityReported.v1", Encoding.UTF8.GetBytes(json), new EventMetadata("tester", Guid.NewGuid(), Guid.NewGuid()));
    }

    private static async Task<StoredEvent[]> ReadAsync(IEventStore store, long after)
    {
        var events = new List<StoredEvent>();
        await foreach (var e in store.ReadAllAsync(after))
            events.Add(e);
        return [.. events];
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
