using System.Globalization;
using Timeline.Benchmarks.Harness;
using Timeline.Benchmarks.Scenarios;

// dotnet run -c Release --project tests/Timeline.Benchmarks -- [scenario[,scenario...]] [--events N[,N...]] [--scale N]
// Scenarios: see Catalogue.Known, or all (the default). Several sizes run every chosen scenario at each, then compare them;
// --scale runs the scenarios that measure growth (Catalogue.Scaling) once more at N, compared with their rows of the run.
var eventsAt = Array.IndexOf(args, "--events");
var scaleAt = Array.IndexOf(args, "--scale");
if (ParseCounts(eventsAt) is not { } sizes || ParseCounts(scaleAt) is not { } scales || scales.Length > 1)
{
    Console.Error.WriteLine("--events takes one or more positive counts separated by commas, such as 1000000,10000000; --scale takes one, such as 10000000.");
    return 2;
}
if (scales[0] is not null && sizes.Length > 1)
{
    Console.Error.WriteLine("--scale compares with one run's sizes: give it with at most one --events size.");
    return 2;
}
// One scenario, several separated by commas, or all of them.
var chosen = args.Where((arg, i) => !arg.StartsWith("--", StringComparison.Ordinal) && (eventsAt < 0 || i != eventsAt + 1)
    && (scaleAt < 0 || i != scaleAt + 1)).FirstOrDefault() ?? "all";
var scenarios = chosen == "all" ? Catalogue.Known : chosen.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
if (scenarios.Except(Catalogue.Known).FirstOrDefault() is { } unknown)
{
    Console.Error.WriteLine($"Unknown scenario '{unknown}'. Use one or more of: {string.Join(", ", Catalogue.Known)} (comma-separated), or all.");
    return 2;
}

var clock = System.Diagnostics.Stopwatch.StartNew();
var table = new ResultTable();
var measured = new List<(int Size, Result Row)>();
foreach (var size in sizes)
{
    await Catalogue.RunAsync(scenarios, size, result =>
    {
        measured.Add((size ?? Catalogue.ScalingSize, result));
        table.Add(sizes.Length > 1 ? result with { Scenario = $"{result.Scenario} at {size:#,0}" } : result);
    }, table.Skip);
}
if (scales[0] is int scale)
{
    await Catalogue.RunAsync(Catalogue.Scaling.Where(scenarios.Contains).ToList(), scale, result =>
    {
        measured.Add((scale, result));
        table.Add(result with { Scenario = $"{result.Scenario} at {scale:#,0}" });
    }, table.Skip);
}
foreach (var growth in SizeComparison.Compare(measured))
    table.Add(growth);

table.Write(Path.Combine(FindRepositoryRoot(), "docs", "benchmarks.md"),
    $"dotnet run -c Release --project tests/Timeline.Benchmarks -- {string.Join(' ', args)}".TrimEnd(),
    clock.Elapsed, Catalogue.Known.Where(scenarios.Contains).ToList(), Catalogue.Guide());
return 0;

// The counts after the option at `at` (one result of null when the option is absent), or null when they do not parse.
int?[]? ParseCounts(int at)
{
    if (at < 0)
        return [null];
    if (at + 1 >= args.Length)
        return null;
    var counts = args[at + 1].Split(',')
        .Select(s => int.TryParse(s, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (int?)null).ToArray();
    return counts.Any(n => n is null) ? null : counts;
}

static string FindRepositoryRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "OucTimeline.sln")))
            return folder.FullName;
    }
    return Directory.GetCurrentDirectory();
}
