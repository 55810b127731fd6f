using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Timeline.Benchmarks.Harness;

namespace Timeline.Benchmarks.Scenarios;

/// <summary>
/// Timeline pages read by 64 wrk connections (read cache on, as in production) while one writer records 200
/// activities a second through the API; the baseline is the same readers with no writer. The readers walk the busiest
/// institution's timeline as a client does, page after page by the <c>next</c> cursor; the writer writes to an
/// institution of its own. Each write's lag is the time from its acknowledgement to the first checkpoint on the live
/// stream that includes it. The writes of the first seconds warm the write path and the live fold, as the readers
/// are warmed, and are reported apart.
/// </summary>
public static class ReadsUnderWritesScenario
{
    private const int Readers = 64;
    private const int Seconds = 15;
    private const int WritesPerSecond = 200;
    /// <summary>Seconds of writes before the measured ones, as the readers are warmed before theirs.</summary>
    private const int WarmSeconds = 2;

    public static async Task<IReadOnlyList<Result>> RunAsync(int events)
    {
        if (!Wrk.IsInstalled)
            throw new InvalidOperationException("wrk is not installed: apt-get install wrk");
        var large = await LargeStore.GetAsync(events);
        var key = Guid.NewGuid().ToString("N");
        await using var service = await ServiceProcess.StartAsync(large.Folder, "--Auth:ApiKeys:0:Name", "benchmark", "--Auth:ApiKeys:0:Key", key,
            // One line for each live batch, with the times that place each write's lag.
            "--Logging:LogLevel:Timeline.Projections.Runner.ProjectionRunner", "Debug",
            "--Logging:LogLevel:Timeline.Api.Live.CheckpointStream", "Debug");
        var script = await Wrk.CursorPagesScriptAsync(service.BaseUrl, large.Folder, "cursor-pages");
        await Wrk.RunAsync(service.BaseUrl, Readers, 5, script);
        var quiet = await Wrk.RunAsync(service.BaseUrl, Readers, Seconds, script);

        await using var live = LiveCheckpoints.Follow(service.BaseUrl);
        if (!await live.WaitUntilAsync((_, _) => true, TimeSpan.FromSeconds(10)))
            throw new TimeoutException("The live stream sent no checkpoint within 10 s.");
        // The first writes run the service's write path and live fold (and a new institution's registration) for the first
        // time in its process; they warm it, as the readers were warmed, and their lag is reported apart.
        var warmWriter = new TimelineWriter(service.BaseUrl, key);
        var warmWrites = await warmWriter.RunAsync(WritesPerSecond, TimeSpan.FromSeconds(WarmSeconds));
        if (warmWrites.Count == 0 || !await live.WaitUntilAsync((position, _) => position >= warmWrites.Max(w => w.Position), TimeSpan.FromSeconds(60)))
            throw new TimeoutException($"The warming writes were refused ({warmWriter.Refused}) or not folded within 60 s.");
        var warmLags = LagsOf(warmWrites, live);
        var writer = new TimelineWriter(service.BaseUrl, key);
        var writing = writer.RunAsync(WritesPerSecond, TimeSpan.FromSeconds(Seconds));
        var busy = await Wrk.RunAsync(service.BaseUrl, Readers, Seconds, script);
        var writes = await writing;
        if (writes.Count == 0)
            throw new InvalidOperationException($"Every write was refused ({writer.Refused}): the scenario is wrong.");
        var last = writes.Max(w => w.Position);
        if (!await live.WaitUntilAsync((position, _) => position >= last, TimeSpan.FromSeconds(60)))
            throw new TimeoutException("The read models did not reach the last acknowledged write within 60 s.");
        await ExpectOnTimelineAsync(service.BaseUrl, writer.InstitutionId, writes.Count);

        Console.WriteLine(LagBreakdown.Describe(service.Output, writes, live));
        await ExpectOnTimelineAsync(service.BaseUrl, warmWriter.InstitutionId, warmWrites.Count);
        var lags = LagsOf(writes, live);
        var lagP99 = Measure.Percentile(lags, 0.99);
        var ackP99 = Measure.Percentile(writes.Select(w => w.Milliseconds), 0.99);
        var written = $"one writer sending {WritesPerSecond} records a second: {writes.Count:#,0} acknowledged (write p99 {ackP99:0.0} ms), {writer.Refused} refused";
        var why = "wrk, the writer and the service share the machine's two cores; the read cache keeps a timeline's pages until "
            + "a fold changes that timeline, and the writer's records go to an institution of their own, so the pages read stay cached "
            + "while the writes are folded beside them. " + busy.Errors;
        return
        [
            new Result("reads-under-writes", $"timeline pages of 50 over 200 pages walked by cursor, {events:#,0} events, {Readers} connections, read cache on "
                + $"(p99 {busy.P99Milliseconds:0.0} ms), {written}", busy.RequestsPerSecond, "req/s",
                $"the same readers with no writer (p99 {quiet.P99Milliseconds:0.0} ms)", quiet.RequestsPerSecond, "5,000 req/s, p99 < 50 ms",
                busy.RequestsPerSecond >= 5_000 && busy.P99Milliseconds < 50, why.TrimEnd(),
                Goal.Worst(Goal.AtLeast(busy.RequestsPerSecond, 5_000), Goal.AtMost(busy.P99Milliseconds, 50)), busy.P99Milliseconds),
            new Result("reads-under-writes (lag)", $"acknowledged write to its entry on its timeline (checkpoint on /api/events/stream), p99, {written}",
                lagP99, "ms", "median", Measure.Percentile(lags, 0.5), "p99 < 100 ms", lagP99 < 100,
                "A fold changes the generation of the timelines it touches before the checkpoint moves, so a page served once the "
                + "checkpoint passes a write shows it; "
                + "every written record was checked on its institution's timeline at the end. "
                + string.Create(CultureInfo.InvariantCulture, $"The {warmWrites.Count:#,0} writes of the first {WarmSeconds} s, the first the service's write path and live fold ran in its process, ")
                + string.Create(CultureInfo.InvariantCulture, $"warmed them and are not counted: their lag p99 was {Measure.Percentile(warmLags, 0.99):0.0} ms, median {Measure.Percentile(warmLags, 0.5):0.0} ms."),
                Goal.AtMost(lagP99, 100)),
        ];
    }

    /// <summary>Each write's time from its acknowledgement to the first checkpoint at or past it on the live stream, in ms.</summary>
    private static List<double> LagsOf(IEnumerable<TimelineWriter.Write> writes, LiveCheckpoints live) =>
        writes.Select(w => Math.Max(0, Stopwatch.GetElapsedTime(w.AcknowledgedAt, live.ReachedAt(w.Position)!.Value).TotalMilliseconds)).ToList();

    private static async Task ExpectOnTimelineAsync(string baseUrl, string institutionId, int count)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var body = JsonNode.Parse(await http.GetStringAsync($"/api/timelines/institutions/{institutionId}?pageSize=1"))!;
        var total = body["total"]!.GetValue<long>();
        if (total != count)
            throw new InvalidOperationException($"{count} writes were acknowledged but {institutionId}'s timeline holds {total}.");
    }
}
