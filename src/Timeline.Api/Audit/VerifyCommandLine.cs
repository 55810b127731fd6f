using System.Text.Json;
using Timeline.Auditing.Verification;

namespace Timeline.Api.Audit;

/// <summary>What <c>verify</c> is asked for: the report as JSON instead of a summary for people.</summary>
public sealed record VerifyOptions(bool Json);

/// <summary>
/// <c>verify [--json]</c>: recomputes the log's tree from the configured store and checks it against every signed
/// checkpoint and every source checksum. Exit 0 when the log holds, 1 at the first break (named with its leaf
/// index and store position), 2 on a usage error.
/// </summary>
public sealed class VerifyCommandLine(LogVerifier verifier, TextWriter output)
{
    public async Task<int> RunAsync(VerifyOptions options, CancellationToken cancellationToken)
    {
        var report = await verifier.VerifyAsync(cancellationToken: cancellationToken);
        if (options.Json)
            await output.WriteLineAsync(JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
        else
            await output.WriteLineAsync(Summary(report));
        return report.Ok ? 0 : 1;
    }

    public static string Summary(VerifyReport report)
    {
        var counts = $"{report.Events} events, {report.TreeLeaves} leaves in the tree, {report.Checkpoints} signed checkpoints, {report.SourcesChecked} source checksums ({report.Seconds:0.###} s)";
        if (report.FirstBreak is not { } first)
            return $"OK: the log holds: {counts}";
        var others = report.Breaks.Count > 1 ? $"\n{report.Breaks.Count - 1} more: " + Others(report.Breaks.Skip(1)) : "";
        return $"BREAK at {Place(first)}: {first.Kind}: {first.Detail}\n{counts}{others}";
    }

    /// <summary>Where a break is: its leaf (and store position), or the checkpoint it was found in.</summary>
    private static string Place(LogBreak found) => found.LeafIndex is { } leaf
        ? $"leaf {leaf}" + (found.Position is { } position ? $" (store position {position})" : "")
        : $"the checkpoint of size {found.CheckpointSize}";

    /// <summary>
    /// The breaks after the first, each named by its place; several checkpoints of one size (one signed by the timer,
    /// another on request) are counted in one entry instead of repeating it.
    /// </summary>
    private static string Others(IEnumerable<LogBreak> breaks)
    {
        var entries = new List<(string Kind, LogBreak First, int Count)>();
        foreach (var found in breaks)
        {
            if (entries.Count > 0 && entries[^1] is var last && found.LeafIndex is null && last.First.LeafIndex is null
                && last.Kind == found.Kind && last.First.CheckpointSize == found.CheckpointSize)
                entries[^1] = last with { Count = last.Count + 1 };
            else
                entries.Add((found.Kind, found, 1));
        }
        var named = entries.Take(5).Select(e => e.Count == 1
            ? $"{e.Kind} at {Place(e.First)}"
            : $"{e.Kind} at {e.Count} checkpoints of size {e.First.CheckpointSize}");
        return string.Join("; ", named) + (entries.Count > 5 ? "; ..." : "");
    }
}
