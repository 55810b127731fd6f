using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Timeline.EventStore.Tests.Telemetry;

/// <summary>A real MeterListener on the meters of one name, keeping every measurement with its tags.</summary>
public sealed class MeterCollector : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)> _measurements = new();

    /// <param name="scope">When given, only meters made by this meter factory: a test host's own, not another's in the same process.</param>
    public MeterCollector(string meterName, object? scope = null)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meterName && (scope is null || instrument.Meter.Scope == scope))
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Keep(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Keep(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>Reads the observable instruments (gauges) now.</summary>
    public void Observe() => _listener.RecordObservableInstruments();

    public double Sum(string instrument, params (string Key, string Value)[] tags) =>
        Matching(instrument, tags).Sum(m => m.Value);

    public int Count(string instrument, params (string Key, string Value)[] tags) =>
        Matching(instrument, tags).Count();

    /// <summary>The latest value of <paramref name="instrument"/>, or null when it never reported one.</summary>
    public double? Last(string instrument) =>
        _measurements.Where(m => m.Instrument == instrument).Select(m => (double?)m.Value).LastOrDefault();

    private IEnumerable<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)> Matching(
        string instrument, (string Key, string Value)[] tags) =>
        _measurements.Where(m => m.Instrument == instrument
            && tags.All(tag => m.Tags.Any(t => t.Key == tag.Key && Equals(t.Value, tag.Value))));

    private void Keep(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _measurements.Enqueue((instrument.Name, value, tags.ToArray()));

    public void Dispose() => _listener.Dispose();
}
