using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Api.Http;
using Timeline.EventStore;
using Timeline.Projections.Runner;

namespace Timeline.Api.Operations;

/// <summary>How far behind the log the read models are.</summary>
public sealed record ProjectionLag(long Checkpoint, long Head, long Lag, string? LastError, DateTimeOffset? LastErrorAt);

public static class OperationsEndpoints
{
    public static IEndpointRouteBuilder MapOperationsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/projections/status", async Task<Results<Ok<ProjectionLag>, StatusCodeHttpResult>> (HttpContext context, IEventStore store,
                ProjectionStatus status, CancellationToken cancellationToken) =>
            {
                var head = await store.ReadHeadPositionAsync(cancellationToken);
                var checkpoint = status.Checkpoint;
                var lag = new ProjectionLag(checkpoint, head, Math.Max(0, head - checkpoint), status.LastError, status.LastErrorAt);
                // Everything the answer holds is in its tag, so an unchanged status costs the caller no body.
                var tag = $"\"s{checkpoint}-{head}-{(lag.LastErrorAt?.ToUnixTimeMilliseconds() ?? 0)}\"";
                return ETags.NotModifiedOrTag(context, tag) is { } notModified ? notModified : TypedResults.Ok(lag);
            })
            .WithTags("Operations").TagsItsAnswer().WithSummary("The read models' checkpoint, the log's head position and the lag between them.");
        app.MapGet("/health/live", () => TypedResults.Ok("live"))
            .WithTags("Operations").WithSummary("Whether the process answers at all; touches nothing else.");
        app.MapGet("/health/ready", async Task<Results<Ok<string>, ProblemHttpResult>> (IEventStore store, HttpResponse response,
                CancellationToken cancellationToken) =>
            {
                try
                {
                    await store.ReadHeadPositionAsync(cancellationToken);
                    if (store is IEventStoreHealth health && await health.ProblemAsync(cancellationToken) is { } problem)
                    {
                        response.Headers.RetryAfter = "5";
                        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The event store cannot take writes.", detail: problem);
                    }
                    return TypedResults.Ok("ready");
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The event store does not answer.", detail: e.Message);
                }
            })
            .WithTags("Operations").WithSummary("Whether the event store answers and can take writes (503 with Retry-After when not).");
        return app;
    }
}
