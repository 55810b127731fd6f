using System.Globalization;
using Timeline.Projections.Runner;

namespace Timeline.Api.Http;

/// <summary>
/// Marks a route whose answers are about one timeline only, and says which one from the route's values (named as
/// <see cref="Timeline.Projections.Timelines.TimelineChanges"/> names it, or null when the route cannot tell).
/// </summary>
public sealed class AboutOneTimeline(Func<RouteValueDictionary, string?> timeline)
{
    public string? TimelineOf(HttpRequest request) => timeline(request.RouteValues);
}

/// <summary>
/// Which state of the read models a read depends on: the generation of its own timeline for a route
/// <see cref="AboutOneTimeline"/> read now (<c>t42</c>), the checkpoint otherwise (<c>c42</c>). The same generation
/// means the same answer, so it keys the read cache and the ETag; it is read before the query runs.
/// </summary>
public static class ReadGeneration
{
    public static string Of(HttpContext context)
    {
        var status = context.RequestServices.GetRequiredService<ProjectionStatus>();
        // An answer as of a moment is read from the history, which any write may move: it keeps the checkpoint.
        if (!context.Request.Query.ContainsKey("asOf")
            && context.GetEndpoint()?.Metadata.GetMetadata<AboutOneTimeline>()?.TimelineOf(context.Request) is { } timeline)
            return "t" + status.GenerationOf(timeline).ToString(CultureInfo.InvariantCulture);
        return "c" + status.Checkpoint.ToString(CultureInfo.InvariantCulture);
    }
}
