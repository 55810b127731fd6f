using System.Text.Json;
using Microsoft.Playwright;
using Timeline.Benchmarks.Harness;

namespace Timeline.Benchmarks.Scenarios;

/// <summary>
/// The web pages in Debian's Chromium against the real service holding N events: how long until the
/// dashboard's chart and the busiest institution's timeline are drawn and painted (median of a few cold loads, each in a
/// fresh browser context, so nothing is cached), and how many bytes each page moves over the wire compressed.
/// The baseline of the times is the same browser loading the trivial liveness endpoint.
/// </summary>
public static class PagesScenario
{
    public const string Browser = "/usr/bin/chromium";
    private const int Loads = 5;
    private const double WeightLimitKb = 500;

    private static readonly (string Name, string Path, string DrawnMark)[] Pages =
    [
        ("dashboard", "/", "body[data-chart]"),
        ("timeline", $"/institutions/{SyntheticHistory.BusiestInstitution}", "body[data-timeline]"),
        ("record", $"/records/{SyntheticHistory.RecordId(1)}", "body[data-record]"),
        ("review", "/review", "body[data-review]"),
        ("search", "/search", "body[data-search]"),
    ];

    public static async Task<IReadOnlyList<Result>> RunAsync(int events)
    {
        if (!File.Exists(Browser))
            throw new InvalidOperationException($"Chromium is not installed at {Browser}: apt-get install chromium");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var large = await LargeStore.GetAsync(events);
        await using var service = await ServiceProcess.StartAsync(large.Folder);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Browser,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

        var baseline = await MedianLoadAsync(browser, service.BaseUrl, "/health/live", "body");
        var results = new List<Result>();
        foreach (var (name, path, mark) in Pages.Take(2))
        {
            var drawn = await MedianLoadAsync(browser, service.BaseUrl, path, mark);
            results.Add(new Result($"pages ({name})", $"time until the {name} page is drawn, {events:#,0} events, median of {Loads} cold loads",
                drawn, "ms", "the browser loading /health/live", baseline, "<= 1,000 ms", drawn <= 1000,
                "Chromium and the service share the machine's two cores."));
        }
        foreach (var (name, path, mark) in Pages)
        {
            var (compressed, plain) = await WeightAsync(browser, service.BaseUrl, path, mark);
            results.Add(new Result($"pages (weight of {name})", $"bytes the {name} page moves, compressed, with everything it loads",
                compressed / 1024, "KB", "the same files uncompressed", plain / 1024, $"<= {WeightLimitKb:0} KB", compressed / 1024 <= WeightLimitKb,
                "Pages, their files and the /api answers they read are compressed (Brotli or gzip, as the browser asks); the data a page reads counts in full."));
        }
        return results;
    }

    private static async Task<double> MedianLoadAsync(IBrowser browser, string baseUrl, string path, string mark)
    {
        var times = new List<double>();
        for (var i = 0; i < Loads; i++)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl });
            await context.AddInitScriptAsync($"({DrawnClock})({JsonSerializer.Serialize(mark)})");
            var page = await context.NewPageAsync();
            await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
            await page.WaitForFunctionAsync("() => window.timelineDrawnAt", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
            times.Add(await page.EvaluateAsync<double>("() => window.timelineDrawnAt"));
        }
        return times.Order().ElementAt(times.Count / 2);
    }

    /// <summary>
    /// Runs in the page before its own scripts and notes, by the page's clock (from the start of navigation), when
    /// the frame that first holds the mark has been painted: a task queued from that frame's animation callback
    /// runs once its style, layout and paint are done. Asking the page from outside instead would add the
    /// browser driver's polling, which backs off to half a second between looks.
    /// </summary>
    private const string DrawnClock = """
        mark => {
          const seen = () => {
            if (!document.querySelector(mark)) return false;
            requestAnimationFrame(() => setTimeout(() => { window.timelineDrawnAt = performance.now(); }));
            return true;
          };
          const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
          observer.observe(document, { childList: true, subtree: true, attributes: true });
        }
        """;

    /// <summary>What the page and every file it loads weigh on the wire (compressed) and once decoded.</summary>
    private static async Task<(double Compressed, double Plain)> WeightAsync(IBrowser browser, string baseUrl, string path, string mark)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync(mark, new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await page.WaitForLoadStateAsync(LoadState.Load);
        var sizes = await page.EvaluateAsync<double[]>("""
            () => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
              .reduce(([wire, plain], entry) => [wire + entry.transferSize, plain + entry.decodedBodySize], [0, 0])
            """);
        return (sizes[0], sizes[1]);
    }
}
