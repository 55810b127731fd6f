using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Timeline.Api.Http;
using Timeline.EventStore;
using Timeline.Projections.Runner;

namespace Timeline.Api.Live;

/// <summary>
/// Server-sent events telling a page when to read again: a <c>checkpoint</c> event with the read models'
/// position and the log's head on connect and whenever the projection runner reports progress, and a comment
/// now and then so proxies keep the connection open. It waits on the runner's own signal, never polls.
/// </summary>
public static partial class CheckpointStream
{
    public const string ContentType = "text/event-stream";

    public static IEndpointRouteBuilder MapLiveEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/events/stream", StreamAsync)
            .WithTags("Live")
            .Produces(StatusCodes.Status200OK, contentType: ContentType)
            .WithSummary("Server-sent events: 'checkpoint' with data {position, head} on connect and each time the read models move on.");
        return app;
    }

    private static async Task StreamAsync(HttpContext context, ProjectionStatus status, IEventStore store, IOptions<ApiOptions> options,
        IHostApplicationLifetime lifetime, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(CheckpointStream).FullName!);
        context.Response.ContentType = ContentType;
        context.Response.Headers.CacheControl = "no-cache";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var heartbeat = TimeSpan.FromSeconds(options.Value.StreamHeartbeatSeconds);
        try
        {
            var seen = status.Checkpoint;
            await SendCheckpointAsync(context.Response, seen, await store.ReadHeadPositionAsync(ended.Token), ended.Token);
            while (!ended.IsCancellationRequested)
            {
                var now = await status.WaitForChangeAsync(seen, heartbeat, ended.Token);
                if (now == seen)
                {
                    await SendAsync(context.Response, ": heartbeat\n\n", ended.Token);
                    continue;
                }
                seen = now;
                var woken = Stopwatch.GetTimestamp();
                // The head as the runner has seen it: no read of the store between a fold and the news of it.
                await SendCheckpointAsync(context.Response, seen, status.Head, ended.Token);
                Sent(logger, seen, woken, Stopwatch.GetTimestamp());
            }
        }
        catch (OperationCanceledException) when (ended.IsCancellationRequested)
        {
            // The client went away or the host is stopping: the stream simply ends.
        }
    }

    /// <summary>When the stream woke for a checkpoint and when it had sent it, as <see cref="Stopwatch"/> timestamps.</summary>
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Checkpoint sent position={Position} woken={Woken} sent={Sent}")]
    private static partial void Sent(ILogger logger, long position, long woken, long sent);

    private static async Task SendCheckpointAsync(HttpResponse response, long position, long head, CancellationToken cancellationToken)
    {
        var data = string.Create(CultureInfo.InvariantCulture, $"{{\"position\":{position},\"head\":{Math.Max(head, position)}}}");
        await SendAsync(response, $"event: checkpoint\ndata: {data}\n\n", cancellationToken);
    }

    private static async Task SendAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.WriteAsync(text, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
