using System.Diagnostics;
using Timeline.Domain.Records;
using Timeline.EventStore;
using Timeline.EventStore.Serialization;

namespace Timeline.Benchmarks.Harness;

public static class Measure
{
    /// <summary>Runs <paramref name="work"/> once and returns how many units per second it did.</summary>
    public static async Task<double> RateAsync(long units, Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return units / clock.Elapsed.TotalSeconds;
    }

    /// <summary>The value below which <paramref name="share"/> of the values fall (0.99 for the p99).</summary>
    public static double Percentile(IEnumerable<double> values, double share)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * share))];
    }

    public static EventData ToEventData(IRecordEvent e, long revision) =>
        RecordEventSerializer.ToEventData(e, RecordIds.StreamOf(e.RecordId), revision, Metadata);

    public static readonly EventMetadata Metadata = new("benchmark", Guid.NewGuid(), Guid.NewGuid());

    /// <summary>Where the scratch folder <paramref name="name"/> lives, left as it is.</summary>
    public static string PathOf(string name) => Path.Combine(Path.GetTempPath(), "timeline-bench", name);

    /// <summary>The scratch folder <paramref name="name"/>, emptied.</summary>
    public static string Folder(string name)
    {
        var path = PathOf(name);
        if (Directory.Exists(path))
            Directory.Delete(path, recursive: true);
        Directory.CreateDirectory(path);
        return path;
    }
}
