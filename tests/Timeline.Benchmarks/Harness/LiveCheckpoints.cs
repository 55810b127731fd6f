using System.Diagnostics;
using System.Text.Json;

namespace Timeline.Benchmarks.Harness;

/// <summary>
/// Listens to the service's <c>/api/events/stream</c> and keeps each checkpoint with the moment it arrived, so a
/// write's lag is the time from its acknowledgement to the first checkpoint at or past its position: from then on
/// every timeline page (cached or not, since the read cache is keyed by checkpoint) shows it.
/// </summary>
public sealed class LiveCheckpoints : IAsyncDisposable
{
    private readonly List<(long Position, long Head, long Timestamp)> _seen = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _http;
    private readonly Task _listening;
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LiveCheckpoints(string baseUrl)
    {
        _http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = Timeout.InfiniteTimeSpan };
        _listening = ListenAsync();
    }

    public static LiveCheckpoints Follow(string baseUrl) => new(baseUrl);

    /// <summary>The latest checkpoint, or null before the first.</summary>
    public (long Position, long Head)? Latest
    {
        get
        {
            lock (_seen)
                return _seen.Count == 0 ? null : (_seen[^1].Position, _seen[^1].Head);
        }
    }

    /// <summary>The <see cref="Stopwatch"/> timestamp of the first checkpoint at or past <paramref name="position"/>.</summary>
    public long? ReachedAt(long position)
    {
        lock (_seen)
        {
            var first = _seen.FindIndex(c => c.Position >= position);
            return first < 0 ? null : _seen[first].Timestamp;
        }
    }

    /// <summary>Waits, within <paramref name="limit"/>, until a checkpoint satisfies <paramref name="done"/>.</summary>
    public async Task<bool> WaitUntilAsync(Func<long, long, bool> done, TimeSpan limit)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var arrived = Volatile.Read(ref _arrived).Task;
            if (Latest is { } latest && done(latest.Position, latest.Head))
                return true;
            var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
            if (left <= TimeSpan.Zero || _listening.IsCompleted)
                return false;
            await Task.WhenAny(arrived, Task.Delay(left));
        }
    }

    private async Task ListenAsync()
    {
        try
        {
            await using var stream = await _http.GetStreamAsync("/api/events/stream", _stop.Token);
            using var reader = new StreamReader(stream);
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (!line.StartsWith("data: ", StringComparison.Ordinal))
                    continue;
                using var data = JsonDocument.Parse(line["data: ".Length..]);
                var checkpoint = (data.RootElement.GetProperty("position").GetInt64(), data.RootElement.GetProperty("head").GetInt64(), Stopwatch.GetTimestamp());
                lock (_seen)
                    _seen.Add(checkpoint);
                Interlocked.Exchange(ref _arrived, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The scenario is over.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _listening;
        _http.Dispose();
        _stop.Dispose();
    }
}
