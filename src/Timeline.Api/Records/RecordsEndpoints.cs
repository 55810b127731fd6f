using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Api.Http;

namespace Timeline.Api.Records;

public static class RecordsEndpoints
{
    public static IEndpointRouteBuilder MapRecordsEndpoints(this IEndpointRouteBuilder app)
    {
        var records = app.MapGroup("/api/records").WithTags("Records");
        records.MapGet("/", ListAsync).ReadsReadModels().RefusesBadQueries()
            .WithSummary("The records on the timelines in timeline order, or matching q by relevance; paged by the after cursor.");
        records.MapPost("/", RecordAsync).RequireApiKey().RefusesBadBodies().ProducesProblem(StatusCodes.Status409Conflict)
            .Accepts<ActivityInput>("application/json").WithSummary("Record one activity (the body is tagged with its kind).");
        records.MapGet("/{recordId}", GetAsync).TagsItsAnswer().RefusesBadQueries().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A record's current state and its full history with metadata; asOf (a day or a date and time) gives the record as known then.");
        records.MapPost("/{recordId}/corrections", CorrectAsync).ChangesARecord()
            .Accepts<CorrectionInput>("application/json").WithSummary("Correct facts of a record; If-Match guards against stale writes.");
        records.MapPost("/{recordId}/retraction", RetractAsync).ChangesARecord()
            .Accepts<RetractionInput>("application/json").WithSummary("Retract a record: it leaves the timelines, not the log.");
        records.MapPost("/{recordId}/review", ReviewAsync).ChangesARecord()
            .Accepts<ReviewInput>("application/json")
            .WithSummary("Review a record: verdict confirmed, corrected or rejected, with an optional note; it leaves the import review list.");
        return app;
    }

    private static async Task<Ok<RecordList>> ListAsync([AsParameters] RecordListParameters parameters, IMediator mediator,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListRecordsQuery(parameters), cancellationToken));

    private static async Task<Created<WriteResult>> RecordAsync(HttpContext context, JsonBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var input = await body.ReadAsync<ActivityInput>(context.Request, cancellationToken);
        var result = await mediator.Send(new RecordActivityCommand(input, Callers.Of(context)), cancellationToken);
        context.Response.Headers.ETag = ETags.Of(result.Revision);
        return TypedResults.Created($"/api/records/{result.RecordId}", result);
    }

    private static async Task<Results<Ok<RecordDocument>, ProblemHttpResult, StatusCodeHttpResult>> GetAsync(
        string recordId, string? asOf, HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        var knownAt = AsOf.Parse(asOf);
        var record = await mediator.Send(new GetRecordQuery(recordId, knownAt), cancellationToken);
        if (record is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.",
                detail: knownAt is null ? $"Record '{recordId}' does not exist." : $"Record '{recordId}' was not recorded by {knownAt:O}.");
        // The ETag guards writes, so only the current state carries one.
        if (knownAt is null)
        {
            var tag = ETags.Of(record.Revision);
            context.Response.Headers.ETag = tag;
            if (ETags.NoneMatchHits(context.Request, tag))
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return TypedResults.Ok(record);
    }

    private static Task<Ok<WriteResult>> CorrectAsync(string recordId, HttpContext context, JsonBody body, IMediator mediator,
        CancellationToken cancellationToken) =>
        ChangeAsync<CorrectionInput>(context, body, mediator,
            (input, ifMatch, caller) => new CorrectRecordCommand(recordId, input, ifMatch, caller), cancellationToken);

    private static Task<Ok<WriteResult>> RetractAsync(string recordId, HttpContext context, JsonBody body, IMediator mediator,
        CancellationToken cancellationToken) =>
        ChangeAsync<RetractionInput>(context, body, mediator,
            (input, ifMatch, caller) => new RetractRecordCommand(recordId, input, ifMatch, caller), cancellationToken);

    private static Task<Ok<WriteResult>> ReviewAsync(string recordId, HttpContext context, JsonBody body, IMediator mediator,
        CancellationToken cancellationToken) =>
        ChangeAsync<ReviewInput>(context, body, mediator,
            (input, ifMatch, caller) => new ReviewRecordCommand(recordId, input, ifMatch, caller), cancellationToken);

    private static Task<Ok<WriteResult>> ChangeAsync<TInput>(HttpContext context, JsonBody body, IMediator mediator,
        Func<TInput, long?, Caller, IRequest<WriteResult>> command, CancellationToken cancellationToken) where TInput : class =>
        ChangeRequests.SendAsync(context, body, mediator, command, result => result.Revision, cancellationToken);
}
