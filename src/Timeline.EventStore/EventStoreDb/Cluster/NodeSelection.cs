using Timeline.EventStore.EventStoreDb.Protocol;
using State = Timeline.EventStore.EventStoreDb.Protocol.MemberInfo.Types.VNodeState;

namespace Timeline.EventStore.EventStoreDb.Cluster;

/// <summary>One member as a node's gossip describes it.</summary>
internal sealed record ClusterMember(EventStoreDbEndpoint Endpoint, State State, bool IsAlive)
{
    public static ClusterMember From(MemberInfo member) =>
        new(new EventStoreDbEndpoint(member.HttpEndPoint?.Address ?? "", (int)(member.HttpEndPoint?.Port ?? 0)), member.State, member.IsAlive);

    /// <summary>
    /// Alive and in a state that answers clients. A node still catching up, electing, cloning or shutting down
    /// would refuse or stall the request, so it is never chosen, whatever the preference.
    /// </summary>
    public bool Serves => IsAlive && Endpoint.Port > 0 && State is State.Leader or State.Follower or State.ReadOnlyReplica or State.ReadOnlyLeaderless;
}

/// <summary>Which members requests go to: the leader for writes, the preferred kind of node for reads.</summary>
internal static class NodeSelection
{
    public static EventStoreDbEndpoint? Leader(IEnumerable<ClusterMember> members) =>
        members.FirstOrDefault(m => m.Serves && m.State == State.Leader)?.Endpoint;

    /// <summary>
    /// A serving member of the preferred kind, or of the next best kind when there is none: a preference orders
    /// the members, it does not exclude any. Members of one rank are shuffled so that readers spread over them.
    /// </summary>
    public static EventStoreDbEndpoint? Preferred(IEnumerable<ClusterMember> members, NodePreference preference, Random random) =>
        members.Where(m => m.Serves)
            .OrderBy(_ => random.Next())
            .OrderBy(m => Rank(m.State, preference))
            .FirstOrDefault()?.Endpoint;

    private static int Rank(State state, NodePreference preference)
    {
        var readOnly = state is State.ReadOnlyReplica or State.ReadOnlyLeaderless;
        return preference switch
        {
            NodePreference.Leader => state == State.Leader ? 0 : 1,
            // Reads kept off the leader fall back on a read-only replica before burdening the leader.
            NodePreference.Follower => state == State.Follower ? 0 : readOnly ? 1 : 2,
            NodePreference.ReadOnlyReplica => readOnly ? 0 : state == State.Follower ? 1 : 2,
            _ => 0,
        };
    }
}
