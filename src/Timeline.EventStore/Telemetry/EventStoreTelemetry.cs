using System.Diagnostics;

namespace Timeline.EventStore.Telemetry;

/// <summary>The event store's spans, on a plain ActivitySource that any tracer may listen to.</summary>
public static class EventStoreTelemetry
{
    public const string SourceName = "Timeline.EventStore";

    internal static readonly ActivitySource Source = new(SourceName);

    /// <summary>
    /// The W3C traceparent of <paramref name="activity"/>, or null when there is none to carry (no tracing, or an
    /// id in the old hierarchical format that W3C readers cannot parse).
    /// </summary>
    public static string? TraceParentOf(Activity? activity) =>
        activity is { IdFormat: ActivityIdFormat.W3C } ? activity.Id : null;

    /// <summary>The trace context an event was appended in, to continue its trace from; false when it carries none.</summary>
    public static bool TryReadTraceParent(EventMetadata metadata, out ActivityContext context)
    {
        context = default;
        return metadata.TraceParent is { } traceParent && ActivityContext.TryParse(traceParent, null, isRemote: true, out context);
    }
}
