using System.Diagnostics.Metrics;

namespace Timeline.EventStore.Tests.Telemetry;

/// <summary>
/// Meters scoped to one test, as a host's own factory scopes them, so a listener can tell them from the meters of
/// the same name that tests running alongside create.
/// </summary>
public sealed class PrivateMeterFactory : IMeterFactory
{
    private readonly List<Meter> _meters = [];

    public Meter Create(MeterOptions options)
    {
        options.Scope = this;
        var meter = new Meter(options);
        lock (_meters)
            _meters.Add(meter);
        return meter;
    }

    public void Dispose()
    {
        lock (_meters)
            _meters.ForEach(meter => meter.Dispose());
    }
}
