using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Timeline.EventStore.Tests.EventStoreDb.Double;

/// <summary>
/// An in-process stand-in for an insecure EventStoreDB node: the streams and gossip services over HTTP/2
/// without TLS on a loopback port. It can be stopped and started again on the same port with its log kept, as
/// a restarted node. Several of them sharing one log make a cluster (<see cref="DoubleCluster"/>).
/// </summary>
public sealed class EventStoreDbDouble : IAsyncDisposable
{
    private WebApplication? _app;
    private CancellationTokenSource? _stopping;

    private EventStoreDbDouble(DoubleState state) => State = state;

    public DoubleState State { get; }

    public int Port { get; private set; }

    public bool IsRunning => _app is not null;

    public string ConnectionString => $"esdb://127.0.0.1:{Port}?tls=false";

    public static async Task<EventStoreDbDouble> StartAsync(DoubleState? state = null)
    {
        var server = new EventStoreDbDouble(state ?? new DoubleState());
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts on the port it had before (a free one the first time), like a node coming back up.</summary>
    public async Task StartAgainAsync()
    {
        if (_app is not null)
            throw new InvalidOperationException("The double is already running.");
        _stopping = new CancellationTokenSource();
        State.Stopping = _stopping.Token;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseShutdownTimeout(TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, Port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(State);
        var app = builder.Build();
        app.MapGrpcService<StreamsDouble>();
        app.MapGrpcService<GossipDouble>();
        await app.StartAsync();
        Port = State.Port = new Uri(app.Urls.First()).Port;
        _app = app;
        // A real node writes events of its own; every client must keep them away from its readers.
        State.Log.Append("$stats-double", Expectation.Any, -1,
            [(Guid.NewGuid(), "$statsCollected", "application/json", [], Encoding.UTF8.GetBytes("{\"up\":true}"))]);
    }

    /// <summary>Stops the server, breaking the connections of live subscriptions as a dying node does.</summary>
    public async Task StopAsync()
    {
        if (_app is null)
            return;
        await _stopping!.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
        _stopping.Dispose();
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAgainAsync();
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
