using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Api.Records;

namespace Timeline.Api.Http;

/// <summary>The one way a write on an existing stream (a record, an institution) reads its request and answers.</summary>
public static class ChangeRequests
{
    /// <summary>If-Match first, then the body, then the command; the stream's new revision is the ETag.</summary>
    public static async Task<Ok<TResult>> SendAsync<TInput, TResult>(HttpContext context, JsonBody body, IMediator mediator,
        Func<TInput, long?, Caller, IRequest<TResult>> command, Func<TResult, long> revisionOf, CancellationToken cancellationToken)
        where TInput : class
    {
        var ifMatch = ETags.IfMatch(context.Request);
        var input = await body.ReadAsync<TInput>(context.Request, cancellationToken);
        var result = await mediator.Send(command(input, ifMatch, Callers.Of(context)), cancellationToken);
        context.Response.Headers.ETag = ETags.Of(revisionOf(result));
        return TypedResults.Ok(result);
    }
}
