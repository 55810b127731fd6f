using Timeline.Api.Tests.Audit;
using Timeline.Api.Tests.CommandLine;
using Timeline.Auditing.Tree;
using Timeline.EventStore;
using Timeline.EventStore.Sqlite;

namespace Timeline.Api.Tests.Faults;

/// <summary>
/// The service killed with SIGKILL while writers append and its follower takes their commits from the appender's
/// hand: the tree file it leaves holds only leaves of events the log stored, at their positions, and the restarted
/// service's tree catches up to a log that verifies.
/// </summary>
public sealed class Killing_the_service_while_its_tree_follows
{
    [Fact]
    public async Task The_tree_left_holds_only_the_logs_own_leaves_and_the_restarted_tree_verifies()
    {
        var data = ApiProcess.TempFolder();
        await WritableService.KillWhileWritingAsync(data, 150, "tree");

        List<StoredEvent> log;
        using (var store = new SqliteEventStore(Path.Combine(data, "events.db")))
            log = await store.ReadAllAsync().ToListAsync();
        using (var tree = new MerkleTreeStore(Path.Combine(data, "auditlog.db")))
        using (var reader = tree.OpenReader())
        {
            var leaves = reader.Leaves(0, tree.Size);
            Assert.True(leaves.Count <= log.Count, $"the tree holds {leaves.Count} leaves of a log of {log.Count} events");
            Assert.True(leaves.Count > 0, "the follower wrote nothing before the kill");
            for (var i = 0; i < leaves.Count; i++)
            {
                Assert.Equal((log[i].Position, log[i].EventId), (leaves[i].Position, leaves[i].EventId));
                Assert.True(StoredLeaves.Of(log[i]).Hash().AsSpan().SequenceEqual(leaves[i].Hash), $"leaf {i} is not the leaf of the event the log holds there");
            }
        }

        await using var restarted = await WritableService.StartAsync(data);
        var api2 = new ApiClient(restarted.CreateClient());
        var report = await Eventually.ReadAsync(() => AuditedLog.VerifyAsync(api2),
            r => (long?)r["treeLeaves"] == log.Count, Eventually.Patience, "the restarted tree to hold the whole log");
        Assert.True((bool?)report["ok"], report.ToJsonString());
        Assert.Equal(log.Count, (long?)report["events"]);
    }
}
