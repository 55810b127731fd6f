using Grpc.Core;
using Microsoft.Extensions.Logging;
using Timeline.EventStore.EventStoreDb.Protocol;

namespace Timeline.EventStore.EventStoreDb.Cluster;

/// <summary>The nodes requests go to, as one answer of a member's gossip: null where the cluster has none.</summary>
internal sealed record ClusterView(EventStoreDbEndpoint? Leader, EventStoreDbEndpoint? Reader);

/// <summary>
/// Finds the cluster's nodes through gossip: asks the members it learnt of last time, then the seeds of the
/// connection string, one at a time, each within the gossip timeout, in up to <c>maxDiscoverAttempts</c> rounds
/// <c>discoveryInterval</c> apart. The members learnt last time come first because seeds may have been
/// replaced since the service started, while a member that was just seen is the likeliest to answer.
/// </summary>
internal sealed class GossipDiscovery(
    EventStoreDbConnectionString settings,
    Func<EventStoreDbEndpoint, CallInvoker> invokerFor,
    Func<CancellationToken, CallOptions> optionsFor,
    ILogger logger)
{
    private readonly EventStoreDbDiscoveryOptions _options = settings.Discovery;
    private IReadOnlyList<EventStoreDbEndpoint> _lastKnown = [];

    /// <summary>
    /// The cluster as the first member that can tell answers it; <paramref name="needLeader"/> waits for a
    /// leader (writes, and reads that prefer the leader), otherwise any serving member will do.
    /// </summary>
    public async Task<ClusterView> DiscoverAsync(bool needLeader, CancellationToken cancellationToken)
    {
        var problem = "no seed was asked";
        for (var round = 1; ; round++)
        {
            foreach (var candidate in _lastKnown.Concat(settings.Nodes).Distinct().ToList())
            {
                var (members, failure) = await AskAsync(candidate, cancellationToken);
                if (members is null)
                {
                    problem = failure!;
                    continue;
                }
                _lastKnown = members.Where(m => m.Serves).Select(m => m.Endpoint).ToList();
                var view = new ClusterView(NodeSelection.Leader(members), NodeSelection.Preferred(members, _options.NodePreference, Random.Shared));
                if ((needLeader ? view.Leader : view.Reader) is not null)
                {
                    logger.LogInformation("EventStoreDB cluster found through {Seed}: writes go to {Leader}, reads to {Reader} (nodePreference={Preference})",
                        candidate, view.Leader?.ToString() ?? "no leader yet", view.Reader, _options.NodePreference.ToOptionValue());
                    return view;
                }
                problem = $"{candidate} knows of no {(needLeader ? "leader" : "member that serves clients")}";
            }
            if (round >= _options.MaxDiscoverAttempts)
                throw new EventStoreUnavailableException(
                    $"No EventStoreDB node found after {round} discovery attempts through {string.Join(',', settings.Nodes)}: {problem}.");
            await Task.Delay(_options.DiscoveryInterval, cancellationToken);
        }
    }

    private async Task<(IReadOnlyList<ClusterMember>? Members, string? Failure)> AskAsync(EventStoreDbEndpoint node, CancellationToken cancellationToken)
    {
        var options = optionsFor(cancellationToken).WithDeadline(DateTime.UtcNow + _options.GossipTimeout);
        try
        {
            var info = await new Gossip.GossipClient(invokerFor(node)).ReadAsync(new Empty(), options);
            return (info.Members.Select(ClusterMember.From).ToList(), null);
        }
        catch (RpcException error) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = error.StatusCode == StatusCode.DeadlineExceeded
                ? $"no answer within {_options.GossipTimeout.TotalMilliseconds} ms"
                : error.Status.Detail;
            return (null, $"the gossip of {node} failed ({reason})");
        }
    }
}
