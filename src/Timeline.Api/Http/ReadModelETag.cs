using Timeline.Projections.Runner;

namespace Timeline.Api.Http;

/// <summary>
/// Tags every answer of a read-model endpoint with the checkpoint it was read at, and answers 304 at once when
/// the caller already holds that tag. The checkpoint is read before the query runs, and the read models only
/// ever hold that position or a later one, so a tag never names an answer older than it.
/// </summary>
public sealed class ReadModelETag(ProjectionStatus status) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (ETags.NotModifiedOrTag(http, ETags.OfRead(status.Checkpoint, http.Request)) is { } notModified)
            return notModified;
        var result = await next(context);
        // Only a successful answer is the representation the tag names; a refusal carries none.
        // A route answering one of several results wraps the one it chose.
        var answered = result is INestedHttpResult nested ? nested.Result : result;
        if (answered is not IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK })
            http.Response.Headers.Remove("ETag");
        return result;
    }
}
