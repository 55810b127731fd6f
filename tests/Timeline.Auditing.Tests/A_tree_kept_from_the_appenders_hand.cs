using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Timeline.Auditing.Checkpoints;
using Timeline.Auditing.Proofs.Leaves;
using Timeline.Auditing.Proofs.Merkle;
using Timeline.Auditing.Tree;
using Timeline.EventStore;
using Timeline.EventStore.Sqlite;

namespace Timeline.Auditing.Tests;

/// <summary>
/// The follower beside the writer takes the store's commits from the appender's hand: every leaf it writes must be
/// the leaf of the event a read of the log returns at that position, for payloads of any form, and the callers'
/// arrays reused after their appends must change nothing.
/// </summary>
public sealed class A_tree_kept_from_the_appenders_hand : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tree-handed-").FullName;

    [Fact]
    public async Task Each_leaf_the_follower_wrote_is_the_leaf_of_the_event_read_back_at_its_position()
    {
        using var store = new SqliteEventStore(Path.Combine(_folder, "events.db"));
        using var tree = new MerkleTreeStore(Path.Combine(_folder, "auditlog.db"));
        var options = new AuditingOptions { CheckpointEveryEvents = 50 };
        using var key = new SigningKey(options, Path.Combine(_folder, "log-signing-key.pem"));
        var checkpoints = new CheckpointStore(tree);
        using var follower = new TreeFollower(store, tree, new Checkpointer(tree, checkpoints, key, TimeProvider.System), options,
            TimeProvider.System, NullLogger<TreeFollower>.Instance);
        await follower.StartAsync(CancellationToken.None);

        var random = new Random(31);
        var head = 0L;
        for (var b = 0; b < 40; b++)
        {
            var payloads = Enumerable.Range(0, 1 + random.Next(12)).Select(_ => Payload(random)).ToArray();
            var batch = payloads.Select((data, i) => new EventData(Guid.NewGuid(), i % 5 == 4 ? "ActivitéReported.v1" : "ActivityReported.v1",
                data, new EventMetadata(i % 7 == 3 ? "recorder \udc00 alone" : "tester", Guid.NewGuid(), Guid.NewGuid(),
                    i % 3 == 0 ? null : $"batch-{b}"))).ToArray();
            head = (await store.AppendAsync($"record-{b}-ü", ExpectedRevision.NoStream, batch)).Position;
            foreach (var data in payloads)
                data.AsSpan().Fill((byte)'{');
        }
        using (var within = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            while (tree.Position < head)
                await Task.Delay(10, within.Token);
        }
        await follower.StopAsync(CancellationToken.None);

        var log = await store.ReadAllAsync().ToListAsync();
        using var reader = tree.OpenReader();
        var leaves = reader.Leaves(0, tree.Size);
        Assert.Equal(log.Count, leaves.Count);
        var expected = new CompactRange();
        for (var i = 0; i < log.Count; i++)
        {
            var hash = StoredLeaves.Of(log[i]).Hash();
            Assert.Equal((log[i].Position, log[i].EventId), (leaves[i].Position, leaves[i].EventId));
            Assert.True(hash.AsSpan().SequenceEqual(leaves[i].Hash), $"leaf {i} is not the leaf of the event read at position {log[i].Position}");
            expected.Append(hash);
        }
        Assert.Equal(TreeHash.ToHex(expected.Root()), TreeHash.ToHex(reader.Root(tree.Size)));
    }

    /// <summary>JSON written by hand in any form a leaf can be made of (the service stores no other).</summary>
    private static byte[] Payload(Random random)
    {
        while (true)
        {
            var bytes = RandomPayloads.ByHand(random);
            try
            {
                new LogLeaf(Guid.NewGuid(), "s", 0, "t", DateTimeOffset.UnixEpoch, bytes, "r", Guid.Empty, Guid.Empty, null).Hash();
                return bytes;
            }
            catch (Exception unhashable) when (unhashable is JsonException or InvalidOperationException)
            {
            }
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
