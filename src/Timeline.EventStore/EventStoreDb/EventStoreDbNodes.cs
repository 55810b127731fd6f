using System.Collections.Concurrent;
using System.Net.Http;
using System.Text;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;
using Timeline.EventStore.EventStoreDb.Cluster;
using Timeline.EventStore.EventStoreDb.Protocol;

namespace Timeline.EventStore.EventStoreDb;

/// <summary>
/// Which node each request goes to. Writes and reads of one stream go to the leader; reads of the global log
/// and subscriptions to the reader, the node of the preferred kind. With listed nodes (<c>esdb://</c>) both are one node: the first at start, the leader
/// a follower names, the next one after a node stops answering. With <c>esdb+discover://</c> both come from
/// gossip, and a node that stops answering is forgotten so that the next request discovers again. One gRPC
/// channel per node, kept for the store's lifetime, since channels are meant to be long-lived and reconnect
/// by themselves.
/// </summary>
internal sealed class EventStoreDbNodes : IDisposable
{
    private const int MaxMessageBytes = 32 * 1024 * 1024;
    private readonly EventStoreDbConnectionString _settings;
    private readonly ConcurrentDictionary<EventStoreDbEndpoint, GrpcChannel> _channels = new();
    private readonly string? _authorization;
    private readonly GossipDiscovery? _discovery;
    private readonly SemaphoreSlim _discovering = new(1, 1);
    private EventStoreDbEndpoint? _leader;
    private EventStoreDbEndpoint? _reader;

    public EventStoreDbNodes(EventStoreDbConnectionString settings, ILogger logger)
    {
        _settings = settings;
        _authorization = settings.HasCredentials
            ? "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.Username}:{settings.Password}"))
            : null;
        if (settings.Discover)
            _discovery = new GossipDiscovery(settings, node => Channel(node).CreateCallInvoker(), token => Options(leader: false, token), logger);
        else
            _leader = _reader = settings.Nodes[0];
    }

    private bool ReadsNeedLeader => _discovery is not null && _settings.Discovery.NodePreference == NodePreference.Leader;

    /// <summary>
    /// The streams service of the leader (<paramref name="leader"/>) or of the reader, discovering the cluster
    /// first when that node is not known.
    /// </summary>
    public async ValueTask<(Streams.StreamsClient Client, EventStoreDbEndpoint Node)> StreamsAsync(bool leader, CancellationToken cancellationToken)
    {
        var node = (leader ? Volatile.Read(ref _leader) : Volatile.Read(ref _reader)) ?? await DiscoverAsync(leader, cancellationToken);
        return (new Streams.StreamsClient(Channel(node)), node);
    }

    /// <summary>
    /// Requests meant for the leader ask for it, so that a follower refuses them and names the leader. Reads of
    /// the reader ask for it only when the leader is the preferred node; a follower serves them otherwise.
    /// </summary>
    public CallOptions Options(bool leader, CancellationToken cancellationToken)
    {
        var headers = new Metadata();
        if (_authorization is not null)
            headers.Add("authorization", _authorization);
        if (leader || ReadsNeedLeader)
            headers.Add("requires-leader", "true");
        return new CallOptions(headers, cancellationToken: cancellationToken);
    }

    /// <summary>Takes note of a failed request: a named leader gets the next ones, an unreachable node is left.</summary>
    public void Failed(EventStoreDbEndpoint? node, Exception error)
    {
        if (error is NotLeaderException { Leader: { } leader })
            LeaderIs(leader);
        else if (node is not null)
            Unreachable(node);
    }

    private void LeaderIs(EventStoreDbEndpoint leader)
    {
        Volatile.Write(ref _leader, leader);
        if (_discovery is null || ReadsNeedLeader)
            Volatile.Write(ref _reader, leader);
    }

    /// <summary>Leaves a node that stopped answering, unless another caller already moved away from it.</summary>
    private void Unreachable(EventStoreDbEndpoint node)
    {
        EventStoreDbEndpoint? next = null;
        if (_discovery is null)
        {
            var nodes = _settings.Nodes;
            if (nodes.Count < 2)
                return;
            next = nodes[(nodes.ToList().IndexOf(node) + 1) % nodes.Count];
        }
        Interlocked.CompareExchange(ref _leader, next, node);
        Interlocked.CompareExchange(ref _reader, next, node);
    }

    /// <summary>One discovery at a time: callers that waited find the nodes the first one discovered.</summary>
    private async Task<EventStoreDbEndpoint> DiscoverAsync(bool leader, CancellationToken cancellationToken)
    {
        await _discovering.WaitAsync(cancellationToken);
        try
        {
            if ((leader ? Volatile.Read(ref _leader) : Volatile.Read(ref _reader)) is { } found)
                return found;
            var view = await _discovery!.DiscoverAsync(needLeader: leader || ReadsNeedLeader, cancellationToken);
            Volatile.Write(ref _leader, view.Leader);
            Volatile.Write(ref _reader, ReadsNeedLeader ? view.Leader : view.Reader);
            return (leader ? view.Leader : Volatile.Read(ref _reader))!;
        }
        finally
        {
            _discovering.Release();
        }
    }

    private GrpcChannel Channel(EventStoreDbEndpoint node) => _channels.GetOrAdd(node, Open);

    private GrpcChannel Open(EventStoreDbEndpoint node)
    {
        var handler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            // Without pings a server that vanished (power cut, network partition) would leave a live subscription waiting forever.
            KeepAlivePingDelay = TimeSpan.FromSeconds(10),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(10),
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
        };
        if (_settings.Tls && !_settings.VerifyCertificate)
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        var address = $"{(_settings.Tls ? "https" : "http")}://{node}";
        return GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            HttpHandler = handler,
            DisposeHttpClient = true,
            // The channel's own defaults (1 s, growing to 2 min) would keep a node that came back unused for minutes.
            InitialReconnectBackoff = TimeSpan.FromMilliseconds(100),
            MaxReconnectBackoff = TimeSpan.FromSeconds(5),
            MaxReceiveMessageSize = MaxMessageBytes,
            MaxSendMessageSize = MaxMessageBytes,
        });
    }

    public void Dispose()
    {
        foreach (var channel in _channels.Values)
            channel.Dispose();
        _discovering.Dispose();
    }
}
