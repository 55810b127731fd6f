using Timeline.Benchmarks.Harness;

namespace Timeline.Benchmarks.Scenarios;

/// <summary>
/// Timeline pages of 50 over HTTP from the real service holding N events, loaded by wrk with 64 connections;
/// the baseline is the same server's trivial liveness endpoint. The pages are walked as a client walks them, by the
/// <c>next</c> cursor of each page; without the cache the same pages asked by number (<c>page=1..200</c>, an offset
/// SQLite steps over) are measured too. Memory is read from the same service.
/// </summary>
public static class QueryScenario
{
    private const int Connections = 64;
    private const int Seconds = 15;
    // A page served from the read cache, and one read from SQLite every time.
    private static readonly Target Cached = new(10_000, 20);
    private static readonly Target Uncached = new(5_000, 50);

    private sealed record Target(double RequestsPerSecond, double P99Milliseconds)
    {
        public override string ToString() => $"{RequestsPerSecond:#,0} req/s, p99 < {P99Milliseconds:0} ms, ratio >= 0.5";
    }

    public static async Task<IReadOnlyList<Result>> RunAsync(int events, bool query, bool memory)
    {
        var large = await LargeStore.GetAsync(events);
        await using var service = await ServiceProcess.StartAsync(large.Folder);
        var results = new List<Result>();
        if (query)
        {
            if (!Wrk.IsInstalled)
                throw new InvalidOperationException("wrk is not installed: apt-get install wrk");
            var script = await Wrk.CursorPagesScriptAsync(service.BaseUrl, large.Folder, "cursor-pages");
            var numbered = await Wrk.PagesScriptAsync(large.Folder, "pages");
            var baseline = await Wrk.RunAsync($"{service.BaseUrl}/health/live", Connections, Seconds);
            // A short first pass fills the cache, as a service that has been up for a while would have it.
            await Wrk.RunAsync(service.BaseUrl, Connections, 5, script);
            var pages = await Wrk.RunAsync(service.BaseUrl, Connections, Seconds, script);
            results.Add(Row("query", "walked by cursor, read cache on (the default), warmed", pages, baseline, events, Cached));
            await using (var uncached = await ServiceProcess.StartAsync(large.Folder, "--Api:CacheReads", "false"))
            {
                var bare = await Wrk.RunAsync($"{uncached.BaseUrl}/health/live", Connections, Seconds);
                // The same first pass: with nothing cached it fills nothing, but the page's code is compiled and
                // optimised, as in a service that has been up for a while, instead of during the pass measured.
                await Wrk.RunAsync(uncached.BaseUrl, Connections, 5, script);
                var every = await Wrk.RunAsync(uncached.BaseUrl, Connections, Seconds, script);
                results.Add(Row("query (no cache)", "walked by cursor, every page read from SQLite", every, bare, events, Uncached));
                var byNumber = await Wrk.RunAsync(uncached.BaseUrl, Connections, Seconds, numbered);
                results.Add(Row("query (no cache, by number)", "asked by page number, every page read from SQLite", byNumber, bare, events, Uncached));
            }
        }
        if (memory)
        {
            var (resident, peak) = service.Memory();
            await using var idle = await ServiceProcess.StartAsync(Measure.Folder("memory-empty"));
            var (idleResident, _) = idle.Memory();
            var after = query ? "after the query load" : "with no load run before it";
            results.Add(new Result("memory", $"resident memory of the service with {events:#,0} events stored, {after} (peak {peak:#,0} MiB)",
                resident, "MiB", "the same service on an empty store", idleResident, "<= 400 MiB (peak)", peak <= 400,
                Share: Goal.AtMost(peak, 400)));
        }
        return results;
    }

    private static Result Row(string scenario, string how, Wrk.Outcome pages, Wrk.Outcome baseline, int events, Target target)
    {
        var ratio = pages.RequestsPerSecond / baseline.RequestsPerSecond;
        return new Result(scenario, $"timeline pages of 50 over 200 pages, {events:#,0} events, {Connections} connections, {how} (p99 {pages.P99Milliseconds:0.0} ms)",
            pages.RequestsPerSecond, "req/s", $"/health/live (p99 {baseline.P99Milliseconds:0.0} ms)", baseline.RequestsPerSecond,
            target.ToString(),
            pages.RequestsPerSecond >= target.RequestsPerSecond && pages.P99Milliseconds < target.P99Milliseconds && ratio >= 0.5,
            ("wrk and the service share the machine's two cores. " + pages.Errors).TrimEnd(),
            Goal.Worst(Goal.AtLeast(pages.RequestsPerSecond, target.RequestsPerSecond), Goal.AtMost(pages.P99Milliseconds, target.P99Milliseconds),
                Goal.AtLeast(ratio, 0.5)),
            pages.P99Milliseconds);
    }
}
