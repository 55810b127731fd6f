using Timeline.EventStore.EventStoreDb.Protocol;
using VNodeState = Timeline.EventStore.EventStoreDb.Protocol.MemberInfo.Types.VNodeState;

namespace Timeline.EventStore.Tests.EventStoreDb.Double;

/// <summary>
/// Doubles that make one cluster: they share one log (replication without lag), one of them leads, the others
/// follow and refuse requests that ask for the leader, naming it, and each one's gossip lists them all.
/// </summary>
public sealed class DoubleCluster : IAsyncDisposable
{
    private readonly HashSet<EventStoreDbDouble> _reportedDead = [];

    private DoubleCluster(IReadOnlyList<EventStoreDbDouble> nodes) => Nodes = nodes;

    public IReadOnlyList<EventStoreDbDouble> Nodes { get; }

    public DoubleLog Log => Nodes[0].State.Log;

    public EventStoreDbDouble Leader => Nodes.Single(n => n.State.Role == VNodeState.Leader);

    public IEnumerable<EventStoreDbDouble> Followers => Nodes.Where(n => n.State.Role == VNodeState.Follower);

    /// <summary>Starts <paramref name="size"/> nodes; the first one leads.</summary>
    public static async Task<DoubleCluster> StartAsync(int size = 3)
    {
        var log = new DoubleLog();
        var nodes = new List<EventStoreDbDouble>();
        for (var i = 0; i < size; i++)
            nodes.Add(await EventStoreDbDouble.StartAsync(new DoubleState(log) { Role = i == 0 ? VNodeState.Leader : VNodeState.Follower }));
        var cluster = new DoubleCluster(nodes);
        foreach (var node in nodes)
            node.State.Cluster = cluster;
        return cluster;
    }

    /// <summary>
    /// A discovery string through the given seeds (all nodes when none is given), with quick discovery rounds
    /// so that tests of failures stay short; <paramref name="options"/> is added to the query.
    /// </summary>
    public string DiscoverString(string options = "", params EventStoreDbDouble[] seeds) =>
        $"esdb+discover://{string.Join(',', (seeds.Length > 0 ? seeds : Nodes).Select(n => $"127.0.0.1:{n.Port}"))}"
        + $"?tls=false&discoveryInterval=20&gossipTimeout=2000{(options.Length > 0 ? "&" + options : "")}";

    /// <summary>A new leader, as after an election: the one before follows from now on.</summary>
    public void Elect(EventStoreDbDouble leader)
    {
        foreach (var node in Nodes.Where(n => n != leader))
            node.State.Role = VNodeState.Follower;
        leader.State.Role = VNodeState.Leader;
    }

    /// <summary>Gossip says the node is dead while it still runs, so that a client that picked it anyway would show.</summary>
    public void ReportDead(EventStoreDbDouble node)
    {
        lock (_reportedDead)
            _reportedDead.Add(node);
    }

    public ClusterInfo Gossip()
    {
        lock (_reportedDead)
            return new ClusterInfo { Members = { Nodes.Select(n => GossipDouble.Member(n.State, n.IsRunning && !_reportedDead.Contains(n))) } };
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
            await node.DisposeAsync();
    }
}
