using System.Collections.Concurrent;
using Timeline.EventStore.EventStoreDb.Protocol;
using VNodeState = Timeline.EventStore.EventStoreDb.Protocol.MemberInfo.Types.VNodeState;

namespace Timeline.EventStore.Tests.EventStoreDb.Double;

/// <summary>What the double's service shares across calls and restarts: the log, pending faults, what it was asked.</summary>
public sealed class DoubleState(DoubleLog? log = null)
{
    /// <summary>The node's log; the nodes of one cluster share theirs, as replication would make them.</summary>
    public DoubleLog Log { get; } = log ?? new();

    public int Port { get; set; }

    public Guid InstanceId { get; } = Guid.NewGuid();

    /// <summary>The node's role: a lone node leads; in a cluster, the others follow.</summary>
    public VNodeState Role { get; set; } = VNodeState.Leader;

    /// <summary>The cluster the node is part of, whose members its gossip lists; null for a lone node.</summary>
    public DoubleCluster? Cluster { get; set; }

    /// <summary>How many times the node's gossip was read.</summary>
    public int GossipReads;

    /// <summary>The server's limit on one append's size; a real node's default is 1 MiB.</summary>
    public int MaxAppendBytes { get; set; } = 1024 * 1024;

    public ConcurrentQueue<DoubleFault> AppendFaults { get; } = new();

    public ConcurrentQueue<DoubleFault> ReadFaults { get; } = new();

    public ConcurrentQueue<ReadReq> Reads { get; } = new();

    public ConcurrentQueue<(string? Authorization, bool RequiresLeader)> AppendHeaders { get; } = new();

    /// <summary>Cancelled when the server stops, so that live subscriptions drop as a dying server's would.</summary>
    public CancellationToken Stopping { get; set; }
}
