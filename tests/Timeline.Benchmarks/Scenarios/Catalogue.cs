using Timeline.Benchmarks.Harness;

namespace Timeline.Benchmarks.Scenarios;

/// <summary>Every scenario by its command-line name, with the size each runs at unless told otherwise.</summary>
public static class Catalogue
{
    public static readonly string[] Known =
    [
        "append-durable", "append-batch", "rebuild", "query", "memory", "asof", "export", "pages", "catch-up", "reads-under-writes",
        "import", "eventstoredb", "audit-append", "audit-verify",
    ];

    /// <summary>Runs the <paramref name="chosen"/> scenarios in the order of <see cref="Known"/>, at <paramref name="events"/> when given.</summary>
    /// <remarks>
    /// The scenarios on the shared large store run together so it is made once; reads-under-writes runs after those
    /// that only read it, since its records (about 3,000, on an institution of their own) stay in the store.
    /// </remarks>
    public static async Task RunAsync(IReadOnlyCollection<string> chosen, int? events, Action<Result> add, Action<string, string> skip)
    {
        bool Runs(string name) => chosen.Contains(name);
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

        if (Runs("append-durable"))
            add(await AppendScenarios.DurableAsync(events ?? 64_000));
        if (Runs("append-batch"))
            add(await AppendScenarios.BatchAsync(events ?? 300_000));
        if (Runs("rebuild"))
            add(await RebuildScenario.RunAsync(events ?? 1_000_000));
        if (Runs("query") || Runs("memory"))
            AddAll(await QueryScenario.RunAsync(events ?? 1_000_000, Runs("query"), Runs("memory")));
        if (Runs("asof") && await AsOfScenario.RunAsync(events ?? 1_000_000) is var asOf)
        {
            if (asOf.Row is { } row)
                add(row);
            else
                skip("asof", asOf.NotRunBecause!);
        }
        if (Runs("export"))
            AddAll(await ExportScenario.RunAsync(events ?? 1_000_000));
        if (Runs("pages"))
            AddAll(await PagesScenario.RunAsync(events ?? 1_000_000));
        if (Runs("catch-up"))
        {
            add(await CatchUpScenario.EmbeddedAsync(events ?? 1_000_000));
            await OnServerAsync("catch-up (eventstoredb)", async () => add(await CatchUpScenario.EventStoreDbAsync(events ?? 1_000_000)));
        }
        if (Runs("reads-under-writes"))
            AddAll(await ReadsUnderWritesScenario.RunAsync(events ?? 1_000_000));
        if (Runs("import"))
            AddAll(await ImportScenario.RunAsync(events ?? 100_000));
        if (Runs("eventstoredb"))
            await OnServerAsync("eventstoredb", async () => AddAll(await EventStoreDbScenario.RunAsync(events ?? 20_000)));
        if (Runs("audit-append"))
            add(await AuditScenarios.AppendWithTreeAsync(events ?? 300_000));
        if (Runs("audit-verify"))
            AddAll(await AuditScenarios.VerifyAndProveAsync(events ?? 1_000_000));
    }
}
