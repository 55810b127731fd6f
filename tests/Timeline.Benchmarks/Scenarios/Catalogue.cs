using Timeline.Benchmarks.Harness;

namespace Timeline.Benchmarks.Scenarios;

/// <summary>Every scenario by its command-line name, with the size each runs at unless told otherwise.</summary>
public static class Catalogue
{
    public sealed record Entry(string Name, int Events, string Measures);

    public static readonly Entry[] All =
    [
        new("append-durable", 64_000, "64 writers appending one event each, crash-safe; baseline one writer"),
        new("append-batch", 300_000, "one writer appending 100-event batches; baseline bare SQLite inserts"),
        new("rebuild", 1_000_000, "every projection folded from position 0; baseline reading and deserialising the log; its floor the same rows inserted through bare SQLite"),
        new("query", 1_000_000, "timeline pages walked by cursor under 64 wrk connections, with and without the read cache (and by page number without it), each service after a first pass of 5 s; baseline /health/live"),
        new("memory", 1_000_000, "the service's resident and peak memory after the query load; baseline an empty store"),
        new("asof", 1_000_000, "timeline pages as known at the middle of the log (asOf) beside the plain pages"),
        new("export", 1_000_000, "the busiest institution's timeline exported as CSV and TimelineJS; baseline reading it in pages of 500"),
        new("pages", 1_000_000, "time until the dashboard and a timeline are drawn in Chromium, and each page's weight"),
        new("catch-up", 1_000_000, "a new replica folding the whole log until a page answers (EventStoreDB too with TIMELINE_ESDB)"),
        new("reads-under-writes", 1_000_000, "timeline pages walked by cursor under 64 connections while one writer records 200 a second; the write-to-timeline lag"),
        new("import", 100_000, "paragraphs read by the extractor, and a whole import; baselines hashing and plain appends"),
        new("eventstoredb", 20_000, "appends and $all reads through our gRPC adapter (needs TIMELINE_ESDB); baseline the embedded store"),
        new("audit-append", 300_000, "batch appends with the audit tree kept in step, and by the service's follower beside them; baseline appends alone"),
        new("audit-verify", 1_000_000, "verify over a signed log and inclusion proof latency; baseline reading the log"),
    ];

    public static string[] Known => All.Select(s => s.Name).ToArray();

    /// <summary>The scenarios whose growth with the store's size is measured (<c>--scale</c>), and the size they run at otherwise.</summary>
    public static readonly string[] Scaling = ["query", "memory", "reads-under-writes"];
    public const int ScalingSize = 1_000_000;

    /// <summary>The scenarios, their sizes and what they measure, for the top of the results file.</summary>
    public static IEnumerable<string> Guide() =>
        new[] { "| Scenario | Events unless --events says | Measures |", "|---|---:|---|" }
            .Concat(All.Select(s => $"| `{s.Name}` | {s.Events:#,0} | {s.Measures} |"));

    /// <summary>Runs the <paramref name="chosen"/> scenarios in the order of <see cref="Known"/>, at <paramref name="events"/> when given.</summary>
    /// <remarks>
    /// The scenarios on the shared large store run together so it is made once; reads-under-writes runs after those
    /// that only read it, since its records (about 3,000, on an institution of their own) stay in the store.
    /// </remarks>
    public static async Task RunAsync(IReadOnlyCollection<string> chosen, int? events, Action<Result> add, Action<string, string> skip)
    {
        bool Runs(string name) => chosen.Contains(name);
        // Each scenario starts with the disk's queue empty: what the one before wrote is not written during it.
        bool Starts(params string[] names)
        {
            if (!names.Any(Runs))
                return false;
            DiskQuiet.Settle(string.Join(", ", names.Where(Runs)));
            return true;
        }
        int Size(string name) => events ?? All.First(s => s.Name == name).Events;
        void AddAll(IEnumerable<Result> results)
        {
            foreach (var result in results)
                add(result);
        }
        async Task OnServerAsync(string scenario, Func<Task> run)
        {
            if (EventStoreDbScenario.ConnectionString is null)
                skip(scenario, $"{EventStoreDbScenario.Variable} is not set (an EventStoreDB connection string such as esdb://localhost:2113?tls=false)");
            else
                await run();
        }

        if (Starts("append-durable"))
            add(await AppendScenarios.DurableAsync(Size("append-durable")));
        if (Starts("append-batch"))
            add(await AppendScenarios.BatchAsync(Size("append-batch")));
        if (Starts("rebuild"))
            AddAll(await RebuildScenario.RunAsync(Size("rebuild")));
        if (Starts("query", "memory"))
            AddAll(await QueryScenario.RunAsync(Size("query"), Runs("query"), Runs("memory")));
        if (Starts("asof") && await AsOfScenario.RunAsync(Size("asof")) is var asOf)
        {
            if (asOf.Row is { } row)
                add(row);
            else
                skip("asof", asOf.NotRunBecause!);
        }
        if (Starts("export"))
            AddAll(await ExportScenario.RunAsync(Size("export")));
        if (Starts("pages"))
            AddAll(await PagesScenario.RunAsync(Size("pages")));
        if (Starts("catch-up"))
        {
            add(await CatchUpScenario.EmbeddedAsync(Size("catch-up")));
            await OnServerAsync("catch-up (eventstoredb)", async () => add(await CatchUpScenario.EventStoreDbAsync(Size("catch-up"))));
        }
        if (Starts("reads-under-writes"))
            AddAll(await ReadsUnderWritesScenario.RunAsync(Size("reads-under-writes")));
        if (Starts("import"))
            AddAll(await ImportScenario.RunAsync(Size("import")));
        if (Starts("eventstoredb"))
            await OnServerAsync("eventstoredb", async () => AddAll(await EventStoreDbScenario.RunAsync(Size("eventstoredb"))));
        if (Starts("audit-append"))
            AddAll(await AuditScenarios.AppendWithTreeAsync(Size("audit-append")));
        if (Starts("audit-verify"))
            AddAll(await AuditScenarios.VerifyAndProveAsync(Size("audit-verify")));
    }
}
