using System.Diagnostics;
using System.Net.Http.Json;
using Timeline.Api.Records;

namespace Timeline.Benchmarks.Harness;

/// <summary>
/// One writer recording activities through <c>POST /api/records</c> at a steady rate, on a schedule kept by the
/// clock rather than by the answers, so a slow answer delays nothing after it. Every record names the same
/// institution of its own, so the other scenarios' timelines are left as they were.
/// </summary>
public sealed class TimelineWriter(string baseUrl, string apiKey)
{
    public sealed record Write(long Position, long AcknowledgedAt, double Milliseconds);

    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    public string InstitutionId => $"bench-writer-{_run}";

    public int Refused { get; private set; }

    /// <summary>Writes <paramref name="perSecond"/> records a second for <paramref name="duration"/>; the acknowledged writes.</summary>
    public async Task<IReadOnlyList<Write>> RunAsync(int perSecond, TimeSpan duration)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        var count = (int)(perSecond * duration.TotalSeconds);
        var start = Stopwatch.GetTimestamp();
        var pending = new List<Task<Write?>>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond) - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
                await Task.Delay(due);
            pending.Add(RecordAsync(http, i));
        }
        var writes = await Task.WhenAll(pending);
        Refused = writes.Count(w => w is null);
        return writes.OfType<Write>().ToList();
    }

    private async Task<Write?> RecordAsync(HttpClient http, int number)
    {
        var sent = Stopwatch.GetTimestamp();
        using var response = await http.PostAsJsonAsync("/api/records", Activity(number));
        var acknowledged = Stopwatch.GetTimestamp();
        if (!response.IsSuccessStatusCode)
            return null;
        var result = await response.Content.ReadFromJsonAsync<WriteResult>();
        return new Write(result!.Position, acknowledged, Stopwatch.GetElapsedTime(sent, acknowledged).TotalMilliseconds);
    }

    private ActivityInput Activity(int number) => new()
    {
        Kind = "MeetingHeld",
        RecordId = $"written-{_run}-{number}",
        Date = "2026-01-15",
        Title = $"Benchmark meeting {number}",
        Institutions = [new InstitutionInput(InstitutionId, "Benchmark writer", null, "CN", "host")],
        Countries = ["CN"],
        Source = new SourceInput(null, $"https://bench.example/writes/{_run}", number, $"Benchmark meeting {number} of run {_run}.", null, null),
    };
}
