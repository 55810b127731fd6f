using System.Collections.Concurrent;
using Timeline.EventStore.EventStoreDb.Protocol;

namespace Timeline.EventStore.Tests.EventStoreDb.Double;

/// <summary>What the double's service shares across calls and restarts: the log, pending faults, what it was asked.</summary>
public sealed class DoubleState
{
    public DoubleLog Log { get; } = new();

    /// <summary>The server's limit on one append's size; a real node's default is 1 MiB.</summary>
    public int MaxAppendBytes { get; set; } = 1024 * 1024;

    public ConcurrentQueue<DoubleFault> AppendFaults { get; } = new();

    public ConcurrentQueue<DoubleFault> ReadFaults { get; } = new();

    public ConcurrentQueue<ReadReq> Reads { get; } = new();

    public ConcurrentQueue<(string? Authorization, bool RequiresLeader)> AppendHeaders { get; } = new();

    /// <summary>Cancelled when the server stops, so that live subscriptions drop as a dying server's would.</summary>
    public CancellationToken Stopping { get; set; }
}
