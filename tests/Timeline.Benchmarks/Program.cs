using System.Globalization;
using Timeline.Benchmarks.Harness;
using Timeline.Benchmarks.Scenarios;

// dotnet run -c Release --project tests/Timeline.Benchmarks -- [scenario[,scenario...]] [--events N[,N...]]
// Scenarios: see Catalogue.Known, or all (the default). Several sizes run every chosen scenario at each, then compare them.
var eventsAt = Array.IndexOf(args, "--events");
var sizeText = eventsAt >= 0 && eventsAt + 1 < args.Length ? args[eventsAt + 1] : null;
int?[] sizes = [null];
if (sizeText is not null)
{
    var parsed = sizeText.Split(',').Select(s => int.TryParse(s, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (int?)null).ToArray();
    if (parsed.Any(n => n is null))
    {
        Console.Error.WriteLine($"--events takes one or more positive counts separated by commas, such as 1000000,10000000; not '{sizeText}'.");
        return 2;
    }
    sizes = parsed;
}
// One scenario, several separated by commas, or all of them.
var chosen = args.Where((arg, i) => !arg.StartsWith("--", StringComparison.Ordinal) && (eventsAt < 0 || i != eventsAt + 1)).FirstOrDefault() ?? "all";
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
        measured.Add((size ?? 0, result));
        table.Add(sizes.Length > 1 ? result with { Scenario = $"{result.Scenario} at {size:#,0}" } : result);
    }, table.Skip);
}
foreach (var growth in SizeComparison.Compare(measured))
    table.Add(growth);

table.Write(Path.Combine(FindRepositoryRoot(), "docs", "benchmarks.md"),
    $"dotnet run -c Release --project tests/Timeline.Benchmarks -- {string.Join(' ', args)}".TrimEnd(),
    clock.Elapsed, Catalogue.Known.Where(scenarios.Contains).ToList(), Catalogue.Guide());
return 0;

static string FindRepositoryRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "OucTimeline.sln")))
            return folder.FullName;
    }
    return Directory.GetCurrentDirectory();
}
