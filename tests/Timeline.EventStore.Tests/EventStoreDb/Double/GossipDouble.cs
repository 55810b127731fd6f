using Grpc.Core;
using Timeline.EventStore.EventStoreDb.Protocol;
using VNodeState = Timeline.EventStore.EventStoreDb.Protocol.MemberInfo.Types.VNodeState;

namespace Timeline.EventStore.Tests.EventStoreDb.Double;

/// <summary>The client-facing gossip service: the members the node knows of, or only itself when it is alone.</summary>
public sealed class GossipDouble(DoubleState state) : Gossip.GossipBase
{
    public override Task<ClusterInfo> Read(Empty request, ServerCallContext context)
    {
        Interlocked.Increment(ref state.GossipReads);
        return Task.FromResult(state.Cluster?.Gossip() ?? new ClusterInfo { Members = { Member(state, alive: true) } });
    }

    public static MemberInfo Member(DoubleState node, bool alive) => new()
    {
        InstanceId = new UUID { String = node.InstanceId.ToString() },
        TimeStamp = DateTime.UtcNow.Ticks,
        State = node.Role,
        IsAlive = alive,
        HttpEndPoint = new EndPoint { Address = "127.0.0.1", Port = (uint)node.Port },
    };

    /// <summary>What a follower answers a request that asks for the leader: where the leader is.</summary>
    public static RpcException NotLeader(DoubleState node)
    {
        var leader = node.Cluster?.Nodes.FirstOrDefault(n => n.State.Role == VNodeState.Leader);
        return leader is null
            ? new Refusal(StatusCode.NotFound, "not-leader", []).ToException()
            : new Refusal(StatusCode.NotFound, "not-leader",
                [("leader-endpoint-host", "127.0.0.1"), ("leader-endpoint-port", leader.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))]).ToException();
    }
}
