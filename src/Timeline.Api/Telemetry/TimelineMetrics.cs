using System.Diagnostics.Metrics;

namespace Timeline.Api.Telemetry;

/// <summary>
/// The API's own instruments. Request durations are ASP.NET Core's (<c>http.server.request.duration</c>); what only
/// this service knows is counted here.
/// </summary>
public sealed class TimelineMetrics
{
    public const string MeterName = "Timeline.Api";

    private readonly Counter<long> _rateLimitRefusals;

    public TimelineMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _rateLimitRefusals = meter.CreateCounter<long>("timeline.ratelimit.refusals", "{request}",
            "Requests the rate limiter refused, by policy.");
    }

    /// <summary>
    /// For the rate limiter's <c>OnRejected</c>:
    /// <c>context.HttpContext.RequestServices.GetRequiredService&lt;TimelineMetrics&gt;().RateLimitRefused("writes")</c>.
    /// </summary>
    public void RateLimitRefused(string policy) =>
        _rateLimitRefusals.Add(1, new KeyValuePair<string, object?>("policy", policy));
}
