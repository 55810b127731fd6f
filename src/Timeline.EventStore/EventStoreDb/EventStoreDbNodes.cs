using System.Collections.Concurrent;
using System.Net.Http;
using System.Text;
using Grpc.Core;
using Grpc.Net.Client;
using Timeline.EventStore.EventStoreDb.Protocol;

namespace Timeline.EventStore.EventStoreDb;

/// <summary>
/// The nodes of the connection string and which one requests go to: the first at start, the leader a
/// follower names, the next one after a node stops answering. One gRPC channel per node, kept for the
/// store's lifetime, since channels are meant to be long-lived and reconnect by themselves.
/// </summary>
internal sealed class EventStoreDbNodes(EventStoreDbConnectionString settings) : IDisposable
{
    private const int MaxMessageBytes = 32 * 1024 * 1024;
    private readonly ConcurrentDictionary<EventStoreDbEndpoint, GrpcChannel> _channels = new();
    private readonly string? _authorization = settings.HasCredentials
        ? "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.Username}:{settings.Password}"))
        : null;
    private EventStoreDbEndpoint _current = settings.Nodes[0];

    public EventStoreDbEndpoint Current => Volatile.Read(ref _current);

    public Streams.StreamsClient Streams(out EventStoreDbEndpoint node)
    {
        node = Current;
        return new Streams.StreamsClient(_channels.GetOrAdd(node, Open));
    }

    public CallOptions Options(bool write, CancellationToken cancellationToken)
    {
        var headers = new Metadata();
        if (_authorization is not null)
            headers.Add("authorization", _authorization);
        if (write)
            headers.Add("requires-leader", "true");
        return new CallOptions(headers, cancellationToken: cancellationToken);
    }

    /// <summary>Sends later requests to the leader a follower named.</summary>
    public void LeaderIs(EventStoreDbEndpoint leader) => Volatile.Write(ref _current, leader);

    /// <summary>Moves to the next listed node, unless another caller already moved away from this one.</summary>
    public void Unreachable(EventStoreDbEndpoint node)
    {
        var nodes = settings.Nodes;
        if (nodes.Count < 2)
            return;
        var index = nodes.ToList().IndexOf(node);
        Interlocked.CompareExchange(ref _current, nodes[(index + 1) % nodes.Count], node);
    }

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
        if (settings.Tls && !settings.VerifyCertificate)
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        var address = $"{(settings.Tls ? "https" : "http")}://{node}";
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
    }
}
