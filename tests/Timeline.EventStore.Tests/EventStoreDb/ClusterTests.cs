using Timeline.EventStore.EventStoreDb;
using Timeline.EventStore.EventStoreDb.Protocol;
using Timeline.EventStore.Tests.EventStoreDb.Double;

namespace Timeline.EventStore.Tests.EventStoreDb;

/// <summary>A fresh three-node cluster of doubles for each test, since tests stop nodes and elect leaders.</summary>
public abstract class ClusterTests : IAsyncLifetime
{
    private readonly List<EventStoreDbEventStore> _stores = [];

    protected DoubleCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await DoubleCluster.StartAsync();

    /// <summary>A store that discovers the cluster through <paramref name="seeds"/> (every node when none is given).</summary>
    protected EventStoreDbEventStore Connect(string options = "", params EventStoreDbDouble[] seeds)
    {
        var store = new EventStoreDbEventStore(EventStoreDbConnectionString.Parse(Cluster.DiscoverString(options, seeds)), retry: QuickRetry.Policy);
        _stores.Add(store);
        return store;
    }

    /// <summary>Whether the node was asked to read the global log (a read or a subscription of $all).</summary>
    protected static bool ReadTheGlobalLog(EventStoreDbDouble node) =>
        node.State.Reads.Any(r => r.Options.StreamOptionCase == ReadReq.Types.Options.StreamOptionOneofCase.All);

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
            store.Dispose();
        await Cluster.DisposeAsync();
    }
}
