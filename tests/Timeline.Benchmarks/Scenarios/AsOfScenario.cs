using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Timeline.Benchmarks.Harness;
using Timeline.EventStore.Sqlite;

namespace Timeline.Benchmarks.Scenarios;

/// <summary>
/// The timeline page query as known at a moment in the middle of the log (<c>asOf=</c>, transaction time) next
/// to the plain query, on the same store, under the same wrk load (64 connections, read cache on, warmed).
/// A service that does not take asOf on timelines yet answers 400: the row then says so and why.
/// </summary>
public static class AsOfScenario
{
    private const int Connections = 64;
    private const int Seconds = 15;

    public sealed record Outcome(Result? Row, string? NotRunBecause);

    public static async Task<Outcome> RunAsync(int events)
    {
        if (!Wrk.IsInstalled)
            throw new InvalidOperationException("wrk is not installed: apt-get install wrk");
        var large = await LargeStore.GetAsync(events);
        var asOf = await MiddleOfTheLogAsync(large);
        await using var service = await ServiceProcess.StartAsync(large.Folder);
        var query = $"&asOf={Uri.EscapeDataString(asOf)}";
        if (await RefusalAsync(service.BaseUrl, query) is { } refusal)
            return new Outcome(null, $"the service refuses `asOf` on timelines with {refusal}; only records take it so far");

        var plainScript = await Wrk.PagesScriptAsync(large.Folder, "pages");
        var asOfScript = await Wrk.PagesScriptAsync(large.Folder, "pages-as-of", query);
        await Wrk.RunAsync(service.BaseUrl, Connections, 5, plainScript);
        var plain = await Wrk.RunAsync(service.BaseUrl, Connections, Seconds, plainScript);
        await Wrk.RunAsync(service.BaseUrl, Connections, 5, asOfScript);
        var known = await Wrk.RunAsync(service.BaseUrl, Connections, Seconds, asOfScript);
        var ratio = known.RequestsPerSecond / plain.RequestsPerSecond;
        return new Outcome(new Result("asof",
            $"timeline pages of 50 over 200 pages as known at {asOf} (the middle of {events:#,0} events), {Connections} connections, read cache on, warmed (p99 {known.P99Milliseconds:0.0} ms)",
            known.RequestsPerSecond, "req/s", $"the same pages without asOf (p99 {plain.P99Milliseconds:0.0} ms)", plain.RequestsPerSecond,
            "the query's: 10,000 req/s, p99 < 20 ms, ratio >= 0.5",
            known.RequestsPerSecond >= 10_000 && known.P99Milliseconds < 20 && ratio >= 0.5,
            ("wrk and the service share the machine's two cores. " + known.Errors).TrimEnd(),
            Goal.Worst(Goal.AtLeast(known.RequestsPerSecond, 10_000), Goal.AtMost(known.P99Milliseconds, 20), Goal.AtLeast(ratio, 0.5)),
            known.P99Milliseconds), null);
    }

    /// <summary>When the event half way through the log was recorded, in the form the record endpoint's asOf takes.</summary>
    private static async Task<string> MiddleOfTheLogAsync(LargeStore large)
    {
        using var store = new SqliteEventStore(large.EventsPath);
        await foreach (var e in store.ReadAllAsync(large.Events / 2, 1))
            return e.RecordedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        throw new InvalidOperationException("The large store is empty.");
    }

    /// <summary>The status and problem title of a refused asOf page, or null when the service takes it.</summary>
    private static async Task<string?> RefusalAsync(string baseUrl, string query)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        using var response = await http.GetAsync($"/api/timelines/institutions/{SyntheticHistory.BusiestInstitution}?pageSize=50&page=1{query}");
        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            response.EnsureSuccessStatusCode();
            return null;
        }
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        return $"400 (\"{problem?["detail"] ?? problem?["title"]}\")";
    }
}
