using System.Diagnostics.Metrics;

namespace Timeline.EventStore.Telemetry;

/// <summary>
/// The event store's instruments, on plain System.Diagnostics meters so that any collector (OpenTelemetry, dotnet-counters,
/// a test's MeterListener) can read them without this library depending on one.
/// </summary>
public sealed class EventStoreMetrics
{
    public const string MeterName = "Timeline.EventStore";

    /// <summary>
    /// Buckets for durations from well under a millisecond (a batched local commit) to seconds (a server far away or
    /// retrying); the projection runner's fold times use them too.
    /// </summary>
    public static readonly IReadOnlyList<double> DurationBuckets =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter<long> _appends;
    private readonly Histogram<double> _appendDuration;
    private readonly Counter<long> _eventsAppended;

    /// <param name="meters">The host's meter factory, which keeps the meters of two hosts in one process apart; null for a meter of its own.</param>
    public EventStoreMetrics(IMeterFactory? meters = null)
    {
        var meter = meters?.Create(MeterName) ?? new Meter(MeterName);
        _appends = meter.CreateCounter<long>("timeline.eventstore.appends", "{append}",
            "Appends to the event store, by outcome (ok, conflict, error).");
        _appendDuration = meter.CreateHistogram("timeline.eventstore.append.duration", "s",
            "How long an append took until the store acknowledged or refused it.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        _eventsAppended = meter.CreateCounter<long>("timeline.eventstore.events_appended", "{event}",
            "Events written to the log by acknowledged appends.");
    }

    public void Appended(int events, TimeSpan duration) => Record(AppendOutcome.Ok, duration, events);

    public void Refused(AppendOutcome outcome, TimeSpan duration) => Record(outcome, duration, 0);

    private void Record(AppendOutcome outcome, TimeSpan duration, int events)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome.Label);
        _appends.Add(1, tag);
        _appendDuration.Record(duration.TotalSeconds, tag);
        if (events > 0)
            _eventsAppended.Add(events);
    }
}

/// <summary>How an append ended, as the metrics label it.</summary>
public sealed record AppendOutcome(string Label)
{
    public static readonly AppendOutcome Ok = new("ok");

    /// <summary>Refused for the stream's revision or a reused event id: the caller's business, not a fault of the store.</summary>
    public static readonly AppendOutcome Conflict = new("conflict");

    public static readonly AppendOutcome Error = new("error");

    public static AppendOutcome Of(Exception error) =>
        error is WrongExpectedVersionException or DuplicateEventIdException ? Conflict : Error;
}
