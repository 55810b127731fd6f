using System.Diagnostics.Metrics;
using Timeline.EventStore.Telemetry;
using Timeline.Projections.Runner;

namespace Timeline.Projections.Telemetry;

/// <summary>How the read models keep up with the log, on plain System.Diagnostics meters.</summary>
public sealed class ProjectionMetrics
{
    public const string MeterName = "Timeline.Projections";

    private readonly Counter<long> _folded;
    private readonly Histogram<double> _liveFold;
    private readonly Histogram<double> _stage;
    private readonly Histogram<double> _waited;
    private double _bulkRate = double.NaN;

    public ProjectionMetrics(ProjectionStatus status, IMeterFactory? meters = null)
    {
        var meter = meters?.Create(MeterName) ?? new Meter(MeterName);
        _folded = meter.CreateCounter<long>("timeline.projection.events_folded", "{event}",
            "Events folded into the read models, in bulk (a rebuild or a long catch-up) or live.");
        _liveFold = meter.CreateHistogram<double>("timeline.projection.fold.duration", "s",
            "How long one live batch held the read model's writer: its fold, its commit and any checkpoint of the write-ahead log the commit ran.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = EventStoreMetrics.DurationBuckets });
        _stage = meter.CreateHistogram<double>("timeline.projection.fold.stage.duration", "s",
            "How long each stage of one live batch took (load, records, timelines, people, registry, history, commit): which part of a slow fold was slow.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = EventStoreMetrics.DurationBuckets });
        _waited = meter.CreateHistogram<double>("timeline.projection.batch.wait.duration", "s",
            "How long the first event of a live batch waited, from the log subscription reading it to its fold starting.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = EventStoreMetrics.DurationBuckets });
        meter.CreateObservableGauge("timeline.projection.lag", () => status.Lag, "{event}",
            "Events the projection runner has seen in the log but not folded yet.");
        meter.CreateObservableGauge("timeline.projection.rebuild.rate", ObserveBulkRate, "{event}/s",
            "Events folded per second by the running or latest bulk fold of the log.");
    }

    public void FoldedLive(int events, TimeSpan waited, TimeSpan took, FoldStages stages)
    {
        _folded.Add(events, new KeyValuePair<string, object?>("mode", "live"));
        _waited.Record(waited.TotalSeconds);
        _liveFold.Record(took.TotalSeconds);
        foreach (var stage in FoldStages.All)
            _stage.Record(stages[stage].TotalSeconds, new KeyValuePair<string, object?>("stage", FoldStages.NameOf(stage)));
    }

    /// <summary>One batch of a bulk fold: <paramref name="total"/> events so far, in <paramref name="elapsed"/>.</summary>
    public void FoldedInBulk(int events, long total, TimeSpan elapsed)
    {
        _folded.Add(events, new KeyValuePair<string, object?>("mode", "bulk"));
        if (elapsed > TimeSpan.Zero)
            Interlocked.Exchange(ref _bulkRate, total / elapsed.TotalSeconds);
    }

    // No figure before the first bulk fold: a zero would read as a rebuild that stalled.
    private IEnumerable<Measurement<double>> ObserveBulkRate() =>
        Volatile.Read(ref _bulkRate) is var rate && double.IsNaN(rate) ? [] : [new Measurement<double>(rate)];
}
