using System.Diagnostics;
using System.Text.Json.Nodes;
using Timeline.Benchmarks.Harness;

namespace Timeline.Benchmarks.Scenarios;

/// <summary>
/// The busiest institution's whole timeline exported as CSV over HTTP from the real service holding N events,
/// against reading the same entries page by page (500 a page) from the timeline endpoint. The service's peak
/// memory shows whether the export stays bounded.
/// </summary>
public static class ExportScenario
{
    public static async Task<Result> RunAsync(int events)
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

        var export = Stopwatch.StartNew();
        var rows = 0L;
        using (var response = await http.GetAsync($"/api/timelines/institutions/{institution}/export?format=csv", HttpCompletionOption.ResponseHeadersRead))
        using (var reader = new StreamReader(await response.Content.ReadAsStreamAsync()))
        {
            while (await reader.ReadLineAsync() is not null)
                rows++;
        }
        export.Stop();
        var (_, peak) = service.Memory();

        var rate = pagedEntries / export.Elapsed.TotalSeconds;
        var baseline = pagedEntries / paged.Elapsed.TotalSeconds;
        return new Result("export", $"CSV export of the busiest institution's {pagedEntries:#,0} entries ({events:#,0} events, {rows:#,0} lines with the header and multi-line titles), service peak {peak:#,0} MiB",
            rate, "entries/s", "the same entries read as timeline pages of 500", baseline, ">= the paged read, peak <= 400 MiB",
            rate >= baseline && peak <= 400);
    }
}
