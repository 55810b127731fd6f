using Timeline.Api.Records;
using Timeline.Api.Security;

namespace Timeline.Api.Http;

public static class Callers
{
    public const string CorrelationHeader = "X-Correlation-Id";

    /// <summary>
    /// The caller of a write: its key's name, the correlation id it sent (or a new one), and a new id for
    /// this request as the cause of the events it writes.
    /// </summary>
    public static Caller Of(HttpContext context)
    {
        var causation = Guid.NewGuid();
        var correlation = Guid.TryParse(context.Request.Headers[CorrelationHeader], out var given) ? given : causation;
        context.Response.Headers[CorrelationHeader] = correlation.ToString();
        return new Caller(ApiKeyFilter.CallerName(context), correlation, causation);
    }
}
