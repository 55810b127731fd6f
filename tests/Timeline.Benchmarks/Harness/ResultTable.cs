using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Timeline.Benchmarks.Harness;

/// <summary>Prints results as they come and writes them all to docs/benchmarks.md with the machine's size.</summary>
public sealed partial class ResultTable
{
    /// <summary>Where hand-written text begins: from this line to the end, the file is carried over as it is.</summary>
    public const string ProfilesHeading = "## Profiles";

    private readonly List<Result> _results = [];
    private readonly List<(string Scenario, string Reason)> _skipped = [];

    public IReadOnlyList<Result> Results => _results;

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
        // Several sizes in one run meet the same missing tool or server once each: say so once.
        if (_skipped.Contains((scenario, reason)))
            return;
        Console.WriteLine($"{scenario}: not run, {reason}.");
        _skipped.Add((scenario, reason));
    }

    /// <summary>
    /// Writes the table. Rows and notes of scenarios this run left out are kept from the file's previous run, marked
    /// with when they were measured, so running one scenario does not lose the others; the profiles are kept whole.
    /// </summary>
    public void Write(string path, string command, TimeSpan took, IReadOnlyCollection<string> scenariosRun, IEnumerable<string> guide)
    {
        var previous = File.Exists(path) ? File.ReadAllLines(path) : [];
        var profiles = previous.SkipWhile(l => l != ProfilesHeading).ToList();
        previous = previous.TakeWhile(l => l != ProfilesHeading).ToArray();
        var text = new StringBuilder()
            .AppendLine("# Benchmarks")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores and {MemoryGiB():0.#} GiB of memory, {Environment.OSVersion}, .NET {Environment.Version}.")
            .AppendLine(CultureInfo.InvariantCulture, $"Command: `{command}`, which took {Duration(took)}. Each baseline was measured in the same run, on the same machine.")
            .AppendLine("A missed target says how much of it was reached; the notes say why.")
            .AppendLine()
            .AppendLine(Header)
            .AppendLine(Separator);
        foreach (var result in _results)
            text.AppendLine(Row(result));
        var produced = _results.Select(r => r.Scenario).ToHashSet(StringComparer.Ordinal);
        foreach (var row in KeptRows(previous, scenariosRun, produced))
            text.AppendLine(row);
        foreach (var (scenario, reason) in _skipped)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {scenario} | not run: {reason} | | | | | |");
        var notes = _results.Where(r => r.Note.Length > 0).Select(r => $"- **{r.Scenario}**: {r.Note}")
            .Concat(previous.SkipWhile(l => l != "Notes:").Where(l => l.StartsWith("- **", StringComparison.Ordinal) && !Replaced(NoteScenario(l), scenariosRun, produced)))
            .Distinct()
            .ToList();
        if (notes.Count > 0)
        {
            text.AppendLine().AppendLine("Notes:").AppendLine();
            foreach (var note in notes)
                text.AppendLine(note);
        }
        text.AppendLine().AppendLine("## Scenarios").AppendLine()
            .AppendLine("`dotnet run -c Release --project tests/Timeline.Benchmarks -- [scenario[,scenario...]] [--events N[,N...]]`; "
                + "README: Benchmarks says what each needs and how long a run takes.")
            .AppendLine();
        foreach (var line in guide)
            text.AppendLine(line);
        if (profiles.Count > 0)
            text.AppendLine().AppendJoin(Environment.NewLine, profiles).AppendLine();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ToString());
        Console.WriteLine($"Wrote {path}");
    }

    private static List<string> KeptRows(string[] lines, IReadOnlyCollection<string> scenariosRun, IReadOnlySet<string> produced)
    {
        var measured = lines.FirstOrDefault(l => l.StartsWith("Measured ", StringComparison.Ordinal))?.Split(" UTC")[0]["Measured ".Length..];
        return lines.SkipWhile(l => l != Separator).Skip(1).TakeWhile(l => l.StartsWith("| ", StringComparison.Ordinal))
            .Where(l => !Replaced(l.Split('|', StringSplitOptions.TrimEntries)[1], scenariosRun, produced))
            .Select(l => l.Contains("(earlier run", StringComparison.Ordinal) || measured is null
                ? l
                : l.Insert(l.IndexOf(" |", 2, StringComparison.Ordinal), $" (earlier run, {measured} UTC)"))
            .ToList();
    }

    /// <summary>A row or note belongs to the scenario named by its first word: "query (no cache)" to query.</summary>
    private static bool RanIn(string scenarioCell, IReadOnlyCollection<string> scenariosRun) => scenariosRun.Contains(scenarioCell.Split(' ')[0]);

    /// <summary>
    /// Whether this run measured what an earlier row or note reports. Rows of a further size ("query at 10,000,000",
    /// "memory x10") are replaced only by rows of the same name: a run of the scenario at its own size alone leaves
    /// them, marked with their own run.
    /// </summary>
    private static bool Replaced(string scenarioCell, IReadOnlyCollection<string> scenariosRun, IReadOnlySet<string> produced)
    {
        var scenario = scenarioCell.Split(" (earlier run", 2)[0];
        return produced.Contains(scenario) || (!OfAFurtherSize().IsMatch(scenario) && RanIn(scenario, scenariosRun));
    }

    [GeneratedRegex(@" at [\d,]+$| x\d+$")]
    private static partial Regex OfAFurtherSize();

    private static string NoteScenario(string note) => note["- **".Length..].Split("**")[0];

    private const string Header = "| Scenario | Measure | Figure | Baseline (same run) | Ratio | Target | Met |";
    private const string Separator = "|---|---|---:|---|---:|---|---|";

    private static string Row(Result r) => string.Create(CultureInfo.InvariantCulture,
        $"| {r.Scenario} | {r.Measure} | {r.Figure:#,0.##} {r.Unit} | {r.Baseline}: {r.BaselineFigure:#,0.##} {r.Unit} | {r.Ratio:0.00} | {r.Target} | {Verdict(r)} |");

    private static string Verdict(Result r) => r.Met switch
    {
        true => "yes",
        false when (r.Share ?? ShareFromTarget(r)) is { } share && double.IsFinite(share) =>
            string.Create(CultureInfo.InvariantCulture, $"**no** ({share:0.00} of target)"),
        false => "**no**",
        null => "n/a",
    };

    /// <summary>
    /// For rows that do not say it themselves: the share of a target that opens with a bound in the figure's own
    /// unit, such as "30,000 events/s" or "&lt;= 400 MiB".
    /// </summary>
    private static double? ShareFromTarget(Result r)
    {
        var bound = LeadingBound().Match(r.Target);
        if (!bound.Success || bound.Groups["unit"].Value != r.Unit)
            return null;
        var limit = double.Parse(bound.Groups["number"].Value, NumberStyles.Number, CultureInfo.InvariantCulture);
        return bound.Groups["sign"].Value.StartsWith('<') ? Goal.AtMost(r.Figure, limit) : Goal.AtLeast(r.Figure, limit);
    }

    [GeneratedRegex(@"^(?<sign>[<>]=?)?\s*(?<number>[\d,]+(\.\d+)?)\s+(?<unit>[^\s,]+)")]
    private static partial Regex LeadingBound();

    private static string Duration(TimeSpan took) => took.TotalMinutes >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{took.TotalMinutes:0.#} minutes")
        : string.Create(CultureInfo.InvariantCulture, $"{took.TotalSeconds:0} s");

    private static double MemoryGiB()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024 / 1024;
    }
}
