using System.Diagnostics;
using System.Text.Json.Nodes;
using Timeline.Benchmarks.Harness;

namespace Timeline.Benchmarks.Scenarios;

/// <summary>
/// The busiest institution's whole timeline exported as CSV and as TimelineJS over HTTP from the real service holding N events,
/// against reading the same entries page by page (500 a page) from the timeline endpoint. The service's peak
/// memory shows whether the export stays bounded.
/// </summary>
public static class ExportScenario
{
    private static readonly string[] Formats = ["csv", "timelinejs"];

    public static async Task<IReadOnlyList<Result>> RunAsync(int events)
    {
        var large = await LargeStore.GetAsync(events);
        await using var service = await ServiceProcess.StartAsync(large.Folder, "--Api:CacheReads", "false");
        using var http = new HttpClient { BaseAddress = new Uri(service.BaseUrl), Timeout = TimeSpan.FromMinutes(30) };
        var institution = SyntheticHistory.BusiestInstitution;

        var paged = Stopwatch.StartNew();
        var pagedEntries = 0L;
        for (var page = 1; ; page++)
        {
            var body = JsonNode.Parse(await http.GetStringAsync($"/api/timelines/institutions/{institution}?pageSize=500&page={page}"))!;
            var count = body["entries"]!.AsArray().Count;
            pagedEntries += count;
            if (count < 500)
                break;
        }
        paged.Stop();

        var baseline = pagedEntries / paged.Elapsed.TotalSeconds;
        var results = new List<Result>();
        foreach (var format in Formats)
        {
            var (seconds, lines) = await ExportAsync(http, institution, format);
            var (_, peak) = service.Memory();
            var rate = pagedEntries / seconds;
            results.Add(new Result($"export ({format})",
                $"{format} export of the busiest institution's {pagedEntries:#,0} entries ({events:#,0} events, {lines:#,0} lines), service peak {peak:#,0} MiB",
                rate, "entries/s", "the same entries read as timeline pages of 500", baseline, ">= the paged read, peak <= 400 MiB",
                rate >= baseline && peak <= 400, Share: Goal.Worst(Goal.AtLeast(rate, baseline), Goal.AtMost(peak, 400))));
        }
        return results;
    }

    /// <summary>Seconds to read the whole export to its end, and the lines it held.</summary>
    private static async Task<(double Seconds, long Lines)> ExportAsync(HttpClient http, string institution, string format)
    {
        var clock = Stopwatch.StartNew();
        var lines = 0L;
        using (var response = await http.GetAsync($"/api/timelines/institutions/{institution}/export?format={format}", HttpCompletionOption.ResponseHeadersRead))
        using (var reader = new StreamReader(await response.EnsureSuccessStatusCode().Content.ReadAsStreamAsync()))
        {
            while (await reader.ReadLineAsync() is not null)
                lines++;
        }
        return (clock.Elapsed.TotalSeconds, lines);
    }
}
