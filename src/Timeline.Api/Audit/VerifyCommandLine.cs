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
        var where = first.LeafIndex is { } leaf ? $"leaf {leaf}" + (first.Position is { } position ? $" (store position {position})" : "") : $"checkpoint of size {first.CheckpointSize}";
        var others = report.Breaks.Count > 1 ? $"\n{report.Breaks.Count - 1} more: " + string.Join("; ", report.Breaks.Skip(1).Take(5).Select(b => $"{b.Kind} at {b.At}")) : "";
        return $"BREAK at {where}: {first.Kind}: {first.Detail}\n{counts}{others}";
    }
}
