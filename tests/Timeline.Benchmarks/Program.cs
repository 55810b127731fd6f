using System.Globalization;
using Timeline.Benchmarks.Harness;
using Timeline.Benchmarks.Scenarios;

// dotnet run -c Release --project tests/Timeline.Benchmarks -- [scenario[,scenario...]] [--events N]
// Scenarios: append-durable, append-batch, rebuild, query, memory, import, export, pages, eventstoredb, audit-append, audit-verify, all (the default).
string[] known = ["append-durable", "append-batch", "rebuild", "query", "memory", "import", "export", "pages", "eventstoredb", "audit-append", "audit-verify"];
var eventsAt = Array.IndexOf(args, "--events");
int? events = eventsAt >= 0 && eventsAt + 1 < args.Length ? int.Parse(args[eventsAt + 1], CultureInfo.InvariantCulture) : null;
// One scenario, several separated by commas, or all of them.
var chosen = args.Where((arg, i) => !arg.StartsWith("--", StringComparison.Ordinal) && (eventsAt < 0 || i != eventsAt + 1)).FirstOrDefault() ?? "all";
var scenarios = chosen == "all" ? known : chosen.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
if (scenarios.Except(known).FirstOrDefault() is { } unknown)
{
    Console.Error.WriteLine($"Unknown scenario '{unknown}'. Use one or more of: {string.Join(", ", known)} (comma-separated), or all.");
    return 2;
}

bool Runs(string name) => scenarios.Contains(name);
var table = new ResultTable();
if (Runs("append-durable"))
    table.Add(await AppendScenarios.DurableAsync(events ?? 64_000));
if (Runs("append-batch"))
    table.Add(await AppendScenarios.BatchAsync(events ?? 300_000));
if (Runs("rebuild"))
    table.Add(await RebuildScenario.RunAsync(events ?? 1_000_000));
if (Runs("query") || Runs("memory"))
    foreach (var result in await QueryScenario.RunAsync(events ?? 1_000_000, Runs("query"), Runs("memory")))
        table.Add(result);
if (Runs("import"))
    foreach (var result in await ImportScenario.RunAsync(events ?? 100_000))
        table.Add(result);
if (Runs("export"))
    table.Add(await ExportScenario.RunAsync(events ?? 1_000_000));
if (Runs("pages"))
    foreach (var result in await PagesScenario.RunAsync(events ?? 1_000_000))
        table.Add(result);
if (Runs("eventstoredb"))
{
    if (EventStoreDbScenario.ConnectionString is null)
        table.Skip("eventstoredb", $"{EventStoreDbScenario.Variable} is not set (an EventStoreDB connection string such as esdb://localhost:2113?tls=false)");
    else
        foreach (var result in await EventStoreDbScenario.RunAsync(events ?? 20_000))
            table.Add(result);
}

if (Runs("audit-append"))
    table.Add(await AuditScenarios.AppendWithTreeAsync(events ?? 300_000));
if (Runs("audit-verify"))
    foreach (var result in await AuditScenarios.VerifyAndProveAsync(events ?? 1_000_000))
        table.Add(result);

var repositoryRoot = FindRepositoryRoot();
table.Write(Path.Combine(repositoryRoot, "docs", "benchmarks.md"),
    $"dotnet run -c Release --project tests/Timeline.Benchmarks -- {string.Join(' ', args)}".TrimEnd(),
    known.Where(Runs).ToList());
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
