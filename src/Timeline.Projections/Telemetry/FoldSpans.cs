using System.Diagnostics;
using Timeline.EventStore.Serialization;
using Timeline.EventStore.Telemetry;

namespace Timeline.Projections.Telemetry;

/// <summary>
/// The spans of one live batch being folded: one per trace its events were appended in, each a child of that
/// append, so a request's trace shows when its events reached the timelines. Events without a trace context (older
/// events, writes made with tracing off) share one span that starts a trace of its own.
/// </summary>
public sealed class FoldSpans : IDisposable
{
    public const string SourceName = "Timeline.Projections";

    // A batch of a thousand events from a thousand requests would otherwise open a thousand spans at once.
    private const int MaxTracesPerBatch = 64;

    private static readonly ActivitySource Source = new(SourceName);

    private readonly List<Activity> _spans = [];

    private FoldSpans()
    {
    }

    public static FoldSpans Start(IReadOnlyList<EventEnvelope> batch, long throughPosition)
    {
        var spans = new FoldSpans();
        if (batch.Count == 0 || !Source.HasListeners())
            return spans;
        var traces = new Dictionary<ActivityContext, int>();
        var untraced = 0;
        foreach (var envelope in batch)
        {
            if (EventStoreTelemetry.TryReadTraceParent(envelope.Stored.Metadata, out var context)
                && (traces.ContainsKey(context) || traces.Count < MaxTracesPerBatch))
                traces[context] = traces.GetValueOrDefault(context) + 1;
            else
                untraced++;
        }
        // None is left current: the spans of one batch are siblings in different traces, not nested in one another,
        // and the untraced one must start a trace rather than join whatever ran before it.
        var current = Activity.Current;
        foreach (var (context, events) in traces)
            spans.Add(context, events, batch.Count, throughPosition);
        if (untraced > 0)
            spans.Add(default, untraced, batch.Count, throughPosition);
        Activity.Current = current;
        return spans;
    }

    private void Add(ActivityContext parent, int events, int batchSize, long throughPosition)
    {
        Activity.Current = null;
        var span = Source.CreateActivity("projection.fold", ActivityKind.Consumer, parent);
        if (span is null)
            return;
        span.SetTag("timeline.events", events);
        span.SetTag("timeline.batch.events", batchSize);
        span.SetTag("timeline.checkpoint", throughPosition);
        _spans.Add(span.Start());
    }

    public void Fail(Exception error)
    {
        foreach (var span in _spans)
        {
            span.SetTag("error.type", error.GetType().Name);
            span.SetStatus(ActivityStatusCode.Error, error.Message);
        }
    }

    public void Dispose()
    {
        var current = Activity.Current;
        foreach (var span in _spans)
            span.Dispose();
        Activity.Current = current;
    }
}
