using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Timeline.Benchmarks.Harness;

/// <summary>Load from a separate process: Debian's wrk, with its latency distribution.</summary>
public static partial class Wrk
{
    public sealed record Outcome(double RequestsPerSecond, double P99Milliseconds, string Errors);

    public static bool IsInstalled => File.Exists("/usr/bin/wrk");

    /// <summary>
    /// A wrk script asking for timeline pages of 50 spread over the busiest institution's first 200 pages, so no
    /// single page is all that is served; <paramref name="extraQuery"/> (such as "&amp;asOf=...") is added to each.
    /// </summary>
    public static async Task<string> PagesScriptAsync(string folder, string name, string extraQuery = "")
    {
        var script = Path.Combine(folder, $"{name}.lua");
        await File.WriteAllTextAsync(script, $$"""
            request = function()
              return wrk.format("GET", "/api/timelines/institutions/{{SyntheticHistory.BusiestInstitution}}?pageSize=50&page=" .. math.random(1, 200) .. "{{extraQuery}}")
            end
            """);
        return script;
    }

    /// <summary>
    /// A wrk script asking for the pages of 50 a client reads walking the busiest institution's timeline: the first
    /// page, then each page after the previous one's <c>next</c> cursor, up to <paramref name="pages"/> pages. The
    /// cursors are read from <paramref name="baseUrl"/> once, before the load.
    /// </summary>
    public static async Task<string> CursorPagesScriptAsync(string baseUrl, string folder, string name, int pages = 200)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var first = $"/api/timelines/institutions/{SyntheticHistory.BusiestInstitution}?pageSize=50";
        var paths = new List<string> { first };
        while (paths.Count < pages)
        {
            using var page = JsonDocument.Parse(await http.GetStringAsync(paths[^1]));
            if (page.RootElement.GetProperty("next").GetString() is not { } next)
                break;
            paths.Add($"{first}&after={Uri.EscapeDataString(next)}");
        }
        var script = Path.Combine(folder, $"{name}.lua");
        await File.WriteAllTextAsync(script, $$"""
            local paths = { {{string.Join(", ", paths.Select(path => $"\"{path}\""))}} }
            request = function()
              return wrk.format("GET", paths[math.random(1, #paths)])
            end
            """);
        return script;
    }

    public static async Task<Outcome> RunAsync(string url, int connections, int seconds, string? script = null)
    {
        var arguments = new List<string> { "-t2", $"-c{connections}", $"-d{seconds}s", "--latency" };
        if (script is not null)
            arguments.AddRange(["-s", script]);
        arguments.Add(url);
        var start = new ProcessStartInfo("wrk", arguments) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var rate = double.Parse(RateLine().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var p99 = P99Line().Match(output);
        var milliseconds = double.Parse(p99.Groups[1].Value, CultureInfo.InvariantCulture) * p99.Groups[2].Value switch
        {
            "us" => 0.001,
            "ms" => 1,
            "s" => 1000,
            _ => double.NaN,
        };
        var errors = ErrorsLine().Match(output) is { Success: true } m ? m.Value.Trim() : "";
        return new Outcome(rate, milliseconds, errors);
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RateLine();

    [GeneratedRegex(@"99%\s+([\d.]+)(us|ms|s)\b")]
    private static partial Regex P99Line();

    [GeneratedRegex(@"(Non-2xx or 3xx responses|Socket errors):.*")]
    private static partial Regex ErrorsLine();
}
