namespace Timeline.Api.Http;

/// <summary>
/// Tags every answer of a read-model endpoint with the <see cref="ReadGeneration"/> it was read at (the checkpoint,
/// or its own timeline's generation), and answers 304 at once when the caller already holds that tag. The
/// generation is read before the query runs, and the read models only ever hold that state or a later one, so a
/// tag never names an answer older than it. An answer as of a
/// settled moment (<c>asOf</c>, with something recorded after it already folded) never changes: it is tagged by
/// its own position instead, so the tag outlives every later event.
/// </summary>
public sealed class ReadModelETag : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var moment = http.RequestServices.GetRequiredService<ReadMoment>();
        var generation = ReadGeneration.Of(http);
        await moment.TablesAsync(http.Request.Query["asOf"], http.RequestAborted);
        moment.Describe(http.Response);
        var tag = moment.KnownAt is { Settled: true } settled ? ETags.OfSettledRead(settled.Position, http.Request) : ETags.OfRead(generation, http.Request);
        if (ETags.NotModifiedOrTag(http, tag) is { } notModified)
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
