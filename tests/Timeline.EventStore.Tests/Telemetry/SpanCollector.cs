using System.Collections.Concurrent;
using System.Diagnostics;

namespace Timeline.EventStore.Tests.Telemetry;

/// <summary>
/// A real ActivityListener that records every span of the named sources once it ends. Tests running alongside
/// add spans of their own, so a test reads only the spans of a trace it started.
/// </summary>
public sealed class SpanCollector : IDisposable
{
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;

    public SpanCollector(params string[] sources)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => sources.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public List<Activity> InTrace(ActivityTraceId trace) => _stopped.Where(s => s.TraceId == trace).ToList();

    /// <summary>Waits at most <paramref name="timeout"/> for a span called <paramref name="name"/> to end in the trace.</summary>
    public async Task<Activity> WaitForAsync(ActivityTraceId trace, string name, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_stopped.FirstOrDefault(s => s.TraceId == trace && s.OperationName == name) is { } span)
                return span;
            if (clock.Elapsed > timeout)
                Assert.Fail($"No '{name}' span ended in trace {trace} within {timeout}: saw {string.Join(", ", InTrace(trace).Select(s => s.OperationName))}.");
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }

    public void Dispose() => _listener.Dispose();
}
