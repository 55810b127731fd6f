using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Timeline.Benchmarks.Harness;

/// <summary>
/// Where the slowest writes' lag went: each acknowledged write set beside the live batch that folded it (from the
/// runner's Debug lines, whose timestamps share this process's monotonic clock) and the checkpoint that showed it.
/// </summary>
public static partial class LagBreakdown
{
    private sealed record Batch(long Through, int Events, long ReadAt, long Started, long Published, IReadOnlyDictionary<string, double> Ms);

    private static readonly string[] Stages = ["load", "records", "timelines", "people", "registry", "history", "commit", "gcPause", "poolQueue"];

    /// <summary>A text table of the slowest <paramref name="share"/> of writes by lag, against all of them; empty without batch lines.</summary>
    public static string Describe(IEnumerable<string> serviceOutput, IReadOnlyList<TimelineWriter.Write> writes, LiveCheckpoints live, double share = 0.01)
    {
        var lines = serviceOutput.ToList();
        var batches = lines.Select(Parse).OfType<Batch>().OrderBy(b => b.Through).ToList();
        var sends = lines.Select(ParseSend).OfType<(long Position, long Woken, long Sent)>().OrderBy(s => s.Position).ToList();
        if (batches.Count == 0)
            return "";
        var rows = new List<Dictionary<string, double>>();
        foreach (var write in writes)
        {
            var at = batches.FindIndex(b => b.Through >= write.Position);
            if (at < 0 || live.ReachedAt(write.Position) is not { } shown)
                continue;
            var batch = batches[at];
            var send = sends.FirstOrDefault(s => s.Position >= write.Position);
            var ack = write.AcknowledgedAt;
            var row = new Dictionary<string, double>
            {
                ["lag"] = Ms(ack, shown),
                ["write"] = write.Milliseconds,
                ["ack to read"] = Ms(ack, batch.ReadAt),
                ["read to fold"] = Ms(batch.ReadAt, batch.Started),
                ["fold"] = Ms(batch.Started, batch.Published),
                ["published to woken"] = send.Woken == 0 ? double.NaN : Ms(batch.Published, send.Woken),
                ["woken to sent"] = send.Woken == 0 ? double.NaN : Ms(send.Woken, send.Sent),
                ["sent to seen"] = send.Woken == 0 ? double.NaN : Ms(send.Sent, shown),
                ["batch events"] = batch.Events,
                ["through"] = batch.Through,
                ["number"] = at + 1,
            };
            foreach (var stage in Stages)
                row[stage] = batch.Ms[stage];
            rows.Add(row);
        }
        var slowest = rows.OrderByDescending(r => r["lag"]).Take(Math.Max(1, (int)(rows.Count * share))).ToList();
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Lag breakdown: {batches.Count} live batches, {rows.Count} writes; mean (median) of the slowest {slowest.Count} "
                + $"(in {slowest.Select(r => r["through"]).Distinct().Count()} batches, numbered {string.Join(", ", slowest.Select(r => r["number"]).Distinct().Order())} "
                + $"of the {batches.Count} in the order they were folded) against all, ms:");
        foreach (var key in rows[0].Keys.Where(k => k is not ("through" or "number")))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {key,-18} {slowest.Average(r => r[key]),9:0.0} ({Measure.Percentile(slowest.Select(r => r[key]), 0.5),7:0.0})   all {rows.Average(r => r[key]),8:0.0} ({Measure.Percentile(rows.Select(r => r[key]), 0.5),7:0.0})");
        }
        var folds = batches.Select(b => Ms(b.Started, b.Published)).ToList();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  batches: fold p50 {Measure.Percentile(folds, 0.5):0.0} ms, p99 {Measure.Percentile(folds, 0.99):0.0} ms, max {folds.Max():0.0} ms; over 50 ms: {folds.Count(f => f > 50)}; GC pause during folds {batches.Sum(b => b.Ms["gcPause"]):0} ms in all");
        return text.ToString();
    }

    private static (long, long, long)? ParseSend(string line)
    {
        if (!line.Contains("Checkpoint sent position=", StringComparison.Ordinal))
            return null;
        var values = Field().Matches(line).ToDictionary(m => m.Groups[1].Value, m => long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        return (values["position"], values["woken"], values["sent"]);
    }

    private static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    private static Batch? Parse(string line)
    {
        if (!line.Contains("Live batch through=", StringComparison.Ordinal))
            return null;
        var values = Field().Matches(line).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        long Long(string key) => long.Parse(values[key], CultureInfo.InvariantCulture);
        return new Batch(Long("through"), (int)Long("events"), Long("readAt"), Long("started"), Long("published"),
            Stages.ToDictionary(s => s, s => double.Parse(values[s], CultureInfo.InvariantCulture)));
    }

    [GeneratedRegex(@"(\w+)=(-?[0-9.]+)")]
    private static partial Regex Field();
}
