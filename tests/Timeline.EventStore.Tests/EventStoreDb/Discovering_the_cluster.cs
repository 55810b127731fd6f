using Timeline.EventStore.EventStoreDb;
using Timeline.EventStore.Tests.Conformance;
using StreamOptionOneofCase = Timeline.EventStore.EventStoreDb.Protocol.ReadReq.Types.Options.StreamOptionOneofCase;
using VNodeState = Timeline.EventStore.EventStoreDb.Protocol.MemberInfo.Types.VNodeState;

namespace Timeline.EventStore.Tests.EventStoreDb;

/// <summary>esdb+discover:// asks the seeds' gossip which nodes there are and picks them by role and preference.</summary>
public sealed class Discovering_the_cluster : ClusterTests
{
    [Fact]
    public async Task Gossip_of_a_follower_leads_writes_straight_to_the_leader()
    {
        var follower = Cluster.Nodes[1];
        var store = Connect("", follower);

        await store.AppendAsync(TestEvents.NewStream(), ExpectedRevision.NoStream, [TestEvents.One("led")]);

        Assert.True(follower.State.GossipReads > 0);
        Assert.Single(Cluster.Leader.State.AppendHeaders);
        Assert.All(Cluster.Followers, f => Assert.Empty(f.State.AppendHeaders));
    }

    [Fact]
    public async Task Discovery_goes_on_past_a_seed_that_is_down()
    {
        var (down, up) = (Cluster.Nodes[2], Cluster.Nodes[1]);
        await down.StopAsync();
        var store = Connect("", down, up);
        var stream = TestEvents.NewStream();

        await store.AppendAsync(stream, ExpectedRevision.NoStream, [TestEvents.One("found")]);

        Assert.Equal(["found"], (await store.ReadStreamAsync(stream).ToListAsync()).Select(TestEvents.Label));
        Assert.True(up.State.GossipReads > 0);
    }

    [Fact]
    public async Task With_follower_preference_the_global_log_and_subscriptions_are_read_from_a_follower_and_streams_from_the_leader()
    {
        var store = Connect("nodePreference=follower");
        var stream = TestEvents.NewStream();
        await store.AppendAsync(stream, ExpectedRevision.NoStream, TestEvents.Many("spread", 2));

        var all = await store.ReadAllAsync().Where(e => e.Stream == stream).ToListAsync();
        await foreach (var e in store.SubscribeToAllAsync(0, TestEvents.Within()))
            if (e.Stream == stream)
                break;
        await store.ReadStreamAsync(stream).ToListAsync();

        Assert.Equal(2, all.Count);
        Assert.False(ReadTheGlobalLog(Cluster.Leader), "the leader was asked to read $all");
        Assert.Contains(Cluster.Followers, ReadTheGlobalLog);
        Assert.Equal(StreamOptionOneofCase.Stream, Assert.Single(Cluster.Leader.State.Reads).Options.StreamOptionCase);
        Assert.All(Cluster.Followers.SelectMany(f => f.State.Reads), r => Assert.Equal(StreamOptionOneofCase.All, r.Options.StreamOptionCase));
    }

    [Fact]
    public async Task With_leader_preference_reads_go_to_the_leader_and_ask_for_it()
    {
        var store = Connect("nodePreference=leader", Cluster.Nodes[2]);

        await store.ReadHeadPositionAsync();

        Assert.True(ReadTheGlobalLog(Cluster.Leader));
        Assert.DoesNotContain(Cluster.Followers, ReadTheGlobalLog);
    }

    [Fact]
    public async Task A_member_gossip_reports_dead_is_never_read_from_though_it_still_runs()
    {
        var (alive, dead) = (Cluster.Nodes[1], Cluster.Nodes[2]);
        Cluster.ReportDead(dead);

        // Fresh stores, so that each one chooses again among the followers.
        for (var i = 0; i < 8; i++)
            await Connect("nodePreference=follower").ReadHeadPositionAsync();

        Assert.Equal(8, alive.State.Reads.Count);
        Assert.Empty(dead.State.Reads);
        Assert.False(ReadTheGlobalLog(Cluster.Leader));
    }

    [Fact]
    public async Task Without_a_serving_follower_reads_fall_back_on_the_leader()
    {
        Cluster.Nodes[1].State.Role = VNodeState.CatchingUp;
        Cluster.ReportDead(Cluster.Nodes[2]);

        await Connect("nodePreference=follower").ReadHeadPositionAsync();

        Assert.True(ReadTheGlobalLog(Cluster.Leader));
        Assert.Empty(Cluster.Nodes[1].State.Reads);
        Assert.Empty(Cluster.Nodes[2].State.Reads);
    }

    [Fact]
    public async Task With_read_only_replica_preference_the_replica_serves_the_global_log()
    {
        var replica = Cluster.Nodes[2];
        replica.State.Role = VNodeState.ReadOnlyReplica;

        await Connect("nodePreference=readOnlyReplica", Cluster.Nodes[0]).ReadHeadPositionAsync();

        Assert.True(ReadTheGlobalLog(replica));
        Assert.False(ReadTheGlobalLog(Cluster.Nodes[1]));
        Assert.False(ReadTheGlobalLog(Cluster.Leader));
    }

    [Fact]
    public async Task A_cluster_with_no_node_answering_is_reported_unavailable_in_bounded_time()
    {
        foreach (var node in Cluster.Nodes)
            await node.StopAsync();
        var store = Connect("maxDiscoverAttempts=3");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<EventStoreUnavailableException>(
            () => store.AppendAsync(TestEvents.NewStream(), ExpectedRevision.Any, [TestEvents.One("nowhere")]));

        Assert.Contains("after 3 discovery attempts", error.Message);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(15));
    }
}
