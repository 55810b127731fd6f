using System.Diagnostics;
using System.Text.Json.Nodes;
using Timeline.Benchmarks.Harness;

namespace Timeline.Benchmarks.Scenarios;

/// <summary>
/// The busiest institution's whole timeline exported as CSV and as TimelineJS over HTTP from the real service holding N events,
/// against reading the same entries page by page (500 a page) from the timeline endpoint, each after one untimed run
/// of every path. Both read each entry's stored JSON: a page writes it as it is, an export reads its cells from it
/// (and from the record's facts) and writes its format. The service's peak memory shows whether the export stays bounded.
/// </summary>
public static class ExportScenario
{
    private static readonly (string Format, string Name)[] Formats = [("csv", "CSV"), ("timelinejs", "TimelineJS")];

    public static async Task<IReadOnlyList<Result>> RunAsync(int events)
    {
        var large = await LargeStore.GetAsync(events);
        await using var service = await ServiceProcess.StartAsync(large.Folder, "--Api:CacheReads", "false");
        using var http = new HttpClient { BaseAddress = new Uri(service.BaseUrl), Timeout = TimeSpan.FromMinutes(30) };
        var institution = SyntheticHistory.BusiestInstitution;

        // A service that has just started compiles each path's code on its first use: whichever went first paid for
        // it (the CSV export, 3.3 s where a warm one took 0.9). Each path is run once before anything is timed; the
        // JIT is still recompiling the service's shared code (Kestrel, sockets, pipelines) while the timed runs go.
        await ReadPagedAsync(http, institution);
        foreach (var (format, _) in Formats)
            await ExportAsync(http, institution, format);

        var paged = Stopwatch.StartNew();
        var pagedEntries = await ReadPagedAsync(http, institution);
        paged.Stop();

        var baseline = pagedEntries / paged.Elapsed.TotalSeconds;
        var results = new List<Result>();
        foreach (var (format, name) in Formats)
        {
            var (seconds, bytes) = await ExportAsync(http, institution, format);
            var (_, peak) = service.Memory();
            var rate = pagedEntries / seconds;
            results.Add(new Result($"export ({format})",
                $"{name} export of the busiest institution's {pagedEntries:#,0} entries ({events:#,0} events, {bytes / 1024.0 / 1024:0.0} MiB sent, each path run once before), service peak {peak:#,0} MiB",
                rate, "entries/s", "the same entries read as timeline pages of 500", baseline, ">= the paged read, peak <= 400 MiB",
                rate >= baseline && peak <= 400, Share: Goal.Worst(Goal.AtLeast(rate, baseline), Goal.AtMost(peak, 400))));
        }
        return results;
    }

    /// <summary>The whole timeline read as pages of 500; the entries read.</summary>
    private static async Task<long> ReadPagedAsync(HttpClient http, string institution)
    {
        var entries = 0L;
        for (var page = 1; ; page++)
        {
            var body = JsonNode.Parse(await http.GetStringAsync($"/api/timelines/institutions/{institution}?pageSize=500&page={page}"))!;
            var count = body["entries"]!.AsArray().Count;
            entries += count;
            if (count < 500)
                return entries;
        }
    }

    /// <summary>Seconds to read the whole export to its end, and the bytes it held.</summary>
    private static async Task<(double Seconds, long Bytes)> ExportAsync(HttpClient http, string institution, string format)
    {
        var clock = Stopwatch.StartNew();
        var bytes = 0L;
        var buffer = new byte[81_920];
        using (var response = await http.GetAsync($"/api/timelines/institutions/{institution}/export?format={format}", HttpCompletionOption.ResponseHeadersRead))
        await using (var body = await response.EnsureSuccessStatusCode().Content.ReadAsStreamAsync())
        {
            for (int read; (read = await body.ReadAsync(buffer)) > 0;)
                bytes += read;
        }
        return (clock.Elapsed.TotalSeconds, bytes);
    }
}
