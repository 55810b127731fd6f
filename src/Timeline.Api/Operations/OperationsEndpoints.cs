using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Api.Http;
using Timeline.EventStore;
using Timeline.Projections.Runner;
using Timeline.Projections.Storage;

namespace Timeline.Api.Operations;

/// <summary>
/// How far behind the log the read models are, and whether their search index is <c>built</c> or <c>pending</c> (left
/// by a fold from the start of the log to be built once the timelines answer; searches answer 503 until then).
/// </summary>
public sealed record ProjectionLag(long Checkpoint, long Head, long Lag, string? LastError, DateTimeOffset? LastErrorAt, string SearchIndex);

public static class OperationsEndpoints
{
    public static IEndpointRouteBuilder MapOperationsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/projections/status", async Task<Results<Ok<ProjectionLag>, StatusCodeHttpResult>> (HttpContext context, IEventStore store,
                ProjectionStatus status, SqliteReadModel readModel, CancellationToken cancellationToken) =>
            {
                var head = await store.ReadHeadPositionAsync(cancellationToken);
                var checkpoint = status.Checkpoint;
                var searchPending = readModel.SearchIndexPending;
                var lag = new ProjectionLag(checkpoint, head, Math.Max(0, head - checkpoint), status.LastError, status.LastErrorAt,
                    searchPending ? "pending" : "built");
                // Everything the answer holds is in its tag, so an unchanged status costs the caller no body.
                var tag = $"\"s{checkpoint}-{head}-{(lag.LastErrorAt?.ToUnixTimeMilliseconds() ?? 0)}{(searchPending ? "-p" : "")}\"";
                return ETags.NotModifiedOrTag(context, tag) is { } notModified ? notModified : TypedResults.Ok(lag);
            })
            .WithTags("Operations").TagsItsAnswer()
            .WithSummary("The read models' checkpoint, the log's head position, the lag between them and whether the search index is built.");
        app.MapGet("/health/live", () => TypedResults.Ok("live"))
            .WithTags("Operations").WithSummary("Whether the process answers at all; touches nothing else.");
        app.MapGet("/health/ready", async Task<Results<Ok<string>, ProblemHttpResult>> (IEventStore store, SqliteReadModel readModel,
                HttpResponse response, CancellationToken cancellationToken) =>
            {
                try
                {
                    await store.ReadHeadPositionAsync(cancellationToken);
                    if (store is IEventStoreHealth health && await health.ProblemAsync(cancellationToken) is { } problem)
                    {
                        response.Headers.RetryAfter = "5";
                        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The event store cannot take writes.", detail: problem);
                    }
                    // Ready for writes and timelines either way; a search index still to be built is said, not failed.
                    return TypedResults.Ok(readModel.SearchIndexPending ? "ready; search index pending" : "ready");
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The event store does not answer.", detail: e.Message);
                }
            })
            .WithTags("Operations")
            .WithSummary("Whether the event store answers and can take writes (503 with Retry-After when not), and whether the search index is still pending.");
        return app;
    }
}
