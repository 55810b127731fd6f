using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Timeline.EventStore.Telemetry;

/// <summary>
/// Wraps the configured store with spans and metrics, so every adapter is measured the same way. An append also
/// stamps its events with the trace context it runs in: the projection that folds them later continues that trace.
/// </summary>
public sealed class InstrumentedEventStore(IEventStore inner, EventStoreMetrics metrics) : IEventStore, IEventStoreHealth, IDisposable
{
    public async Task<AppendResult> AppendAsync(string stream, ExpectedRevision expected, IReadOnlyList<EventData> events,
        CancellationToken cancellationToken = default)
    {
        using var activity = EventStoreTelemetry.Source.StartActivity("eventstore.append", ActivityKind.Client);
        activity?.SetTag("timeline.stream", stream);
        activity?.SetTag("timeline.events", events.Count);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await inner.AppendAsync(stream, expected, WithTraceParent(events, activity ?? Activity.Current), cancellationToken);
            metrics.Appended(events.Count, Stopwatch.GetElapsedTime(started));
            activity?.SetTag("timeline.position", result.Position);
            return result;
        }
        catch (Exception error)
        {
            var outcome = AppendOutcome.Of(error);
            metrics.Refused(outcome, Stopwatch.GetElapsedTime(started));
            activity?.SetTag("error.type", error.GetType().Name);
            activity?.SetStatus(ActivityStatusCode.Error, outcome.Label);
            throw;
        }
    }

    public async IAsyncEnumerable<StoredEvent> ReadStreamAsync(string stream, ReadDirection direction = ReadDirection.Forwards,
        long? fromRevision = null, int maxCount = int.MaxValue, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var activity = EventStoreTelemetry.Source.StartActivity("eventstore.read_stream", ActivityKind.Client);
        activity?.SetTag("timeline.stream", stream);
        var read = 0;
        await foreach (var e in inner.ReadStreamAsync(stream, direction, fromRevision, maxCount, cancellationToken))
        {
            read++;
            yield return e;
        }
        activity?.SetTag("timeline.events", read);
    }

    public async IAsyncEnumerable<StoredEvent> ReadAllAsync(long afterPosition = 0, int maxCount = int.MaxValue,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var activity = EventStoreTelemetry.Source.StartActivity("eventstore.read_all", ActivityKind.Client);
        activity?.SetTag("timeline.after_position", afterPosition);
        var read = 0;
        await foreach (var e in inner.ReadAllAsync(afterPosition, maxCount, cancellationToken))
        {
            read++;
            yield return e;
        }
        activity?.SetTag("timeline.events", read);
    }

    // A subscription lives as long as the service: one span for it would never end. Its readers trace what they do with each event.
    public IAsyncEnumerable<StoredEvent> SubscribeToAllAsync(long afterPosition, CancellationToken cancellationToken) =>
        inner.SubscribeToAllAsync(afterPosition, cancellationToken);

    public Task<long> ReadHeadPositionAsync(CancellationToken cancellationToken = default) =>
        inner.ReadHeadPositionAsync(cancellationToken);

    // Readiness asks the store itself whether writes would go through; the wrapper must not hide the answer.
    public Task<string?> ProblemAsync(CancellationToken cancellationToken) =>
        inner is IEventStoreHealth health ? health.ProblemAsync(cancellationToken) : Task.FromResult<string?>(null);

    /// <summary>Events that already carry a trace context (a replayed command, a bus message) keep theirs.</summary>
    private static IReadOnlyList<EventData> WithTraceParent(IReadOnlyList<EventData> events, Activity? activity)
    {
        if (EventStoreTelemetry.TraceParentOf(activity) is not { } traceParent)
            return events;
        var stamped = new EventData[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            stamped[i] = e.Metadata.TraceParent is null ? e with { Metadata = e.Metadata with { TraceParent = traceParent } } : e;
        }
        return stamped;
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();
}
