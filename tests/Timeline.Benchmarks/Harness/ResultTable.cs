using System.Globalization;
using System.Text;

namespace Timeline.Benchmarks.Harness;

/// <summary>One measured figure beside its baseline from the same run and its target.</summary>
public sealed record Result(
    string Scenario,
    string Measure,
    double Figure,
    string Unit,
    string Baseline,
    double BaselineFigure,
    string Target,
    bool? Met,
    string Note = "")
{
    public double Ratio => BaselineFigure > 0 ? Figure / BaselineFigure : double.NaN;
}

/// <summary>Prints results as they come and writes them all to docs/benchmarks.md with the machine's size.</summary>
public sealed class ResultTable
{
    private readonly List<Result> _results = [];
    private readonly List<(string Scenario, string Reason)> _skipped = [];

    public void Add(Result result)
    {
        _results.Add(result);
        Console.WriteLine();
        Console.WriteLine(Header);
        Console.WriteLine(Separator);
        Console.WriteLine(Row(result));
        Console.WriteLine();
    }

    /// <summary>A scenario that could not run here, with the reason, so the table says so instead of omitting it.</summary>
    public void Skip(string scenario, string reason)
    {
        Console.WriteLine($"{scenario}: skipped, {reason}.");
        _skipped.Add((scenario, reason));
    }

    /// <summary>
    /// Writes the table. Rows of scenarios this run left out are kept from the file's previous run, marked with
    /// when they were measured, so running one scenario does not lose the others.
    /// </summary>
    public void Write(string path, string command, IReadOnlyCollection<string> scenariosRun)
    {
        var kept = KeptRows(path, scenariosRun);
        var text = new StringBuilder()
            .AppendLine("# Benchmarks")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores and {MemoryGiB():0.#} GiB of memory, {Environment.OSVersion}, .NET {Environment.Version}.")
            .AppendLine(CultureInfo.InvariantCulture, $"Command: `{command}`. Each baseline was measured in the same run, on the same machine.")
            .AppendLine()
            .AppendLine(Header)
            .AppendLine(Separator);
        foreach (var result in _results)
            text.AppendLine(Row(result));
        foreach (var row in kept)
            text.AppendLine(row);
        foreach (var (scenario, reason) in _skipped)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {scenario} | not run: {reason} | | | | | |");
        var notes = _results.Where(r => r.Note.Length > 0).ToList();
        if (notes.Count > 0)
        {
            text.AppendLine().AppendLine("Notes:").AppendLine();
            foreach (var result in notes)
                text.AppendLine(CultureInfo.InvariantCulture, $"- **{result.Scenario}**: {result.Note}");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ToString());
        Console.WriteLine($"Wrote {path}");
    }

    private static List<string> KeptRows(string path, IReadOnlyCollection<string> scenariosRun)
    {
        if (!File.Exists(path))
            return [];
        var lines = File.ReadAllLines(path);
        var measured = lines.FirstOrDefault(l => l.StartsWith("Measured ", StringComparison.Ordinal))?.Split(" UTC")[0]["Measured ".Length..];
        return lines.SkipWhile(l => l != Separator).Skip(1).TakeWhile(l => l.StartsWith("| ", StringComparison.Ordinal))
            .Where(l => !scenariosRun.Contains(l.Split('|', StringSplitOptions.TrimEntries)[1].Split(' ')[0]))
            .Select(l => l.Contains("(earlier run", StringComparison.Ordinal) || measured is null
                ? l
                : l.Insert(l.IndexOf(" |", 2, StringComparison.Ordinal), $" (earlier run, {measured} UTC)"))
            .ToList();
    }

    private const string Header = "| Scenario | Measure | Figure | Baseline (same run) | Ratio | Target | Met |";
    private const string Separator = "|---|---|---:|---|---:|---|---|";

    private static string Row(Result r) => string.Create(CultureInfo.InvariantCulture,
        $"| {r.Scenario} | {r.Measure} | {r.Figure:#,0.##} {r.Unit} | {r.Baseline}: {r.BaselineFigure:#,0.##} {r.Unit} | {r.Ratio:0.00} | {r.Target} | {r.Met switch { true => "yes", false => "**no**", null => "n/a" }} |");

    private static double MemoryGiB()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024 / 1024;
    }
}
