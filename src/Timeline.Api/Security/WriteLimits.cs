using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Timeline.Api.Security;

public sealed class RateLimitOptions
{
    public const string Section = "Api:RateLimits";

    /// <summary>Writes a second each API key may sustain; <see cref="WriteBurst"/> more may come at once.</summary>
    public int WritesPerSecond { get; set; } = 500;

    public int WriteBurst { get; set; } = 1000;

    /// <summary>Wrong keys one client address may present in a minute before every key it sends is refused for a while.</summary>
    public int FailedKeyAttemptsPerMinute { get; set; } = 20;
}

/// <summary>
/// ASP.NET Core's rate limiters in front of the writes: a token bucket per API key, and a sliding window of
/// failed key attempts per client address. Once an address has used up its failed attempts, it is refused
/// even with a right key until the window moves on, so guessing keys gains nothing.
/// </summary>
public sealed class WriteLimits : IDisposable
{
    private static readonly TimeSpan FailureWindow = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> _writes;
    private readonly PartitionedRateLimiter<string> _failures;

    public WriteLimits(IOptions<RateLimitOptions> options)
    {
        var limits = options.Value;
        _writes = PartitionedRateLimiter.Create<string, string>(caller => RateLimitPartition.GetTokenBucketLimiter(caller, _ =>
            new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, limits.WriteBurst),
                TokensPerPeriod = Math.Max(1, limits.WritesPerSecond),
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
            }));
        _failures = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetSlidingWindowLimiter(address, _ =>
            new SlidingWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, limits.FailedKeyAttemptsPerMinute),
                Window = FailureWindow,
                SegmentsPerWindow = 6,
                QueueLimit = 0,
            }));
    }

    /// <summary>Seconds until a refused client may try again.</summary>
    public static int RetryAfterSeconds(bool failedKeys) => failedKeys ? (int)(FailureWindow.TotalSeconds / 6) : 1;

    public bool IsLockedOut(string address) => _failures.GetStatistics(address)?.CurrentAvailablePermits == 0;

    /// <summary>Counts a wrong key; false when the address has now used up its attempts.</summary>
    public bool CountFailure(string address)
    {
        using var lease = _failures.AttemptAcquire(address);
        return lease.IsAcquired;
    }

    public bool TryWrite(string caller)
    {
        using var lease = _writes.AttemptAcquire(caller);
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        _writes.Dispose();
        _failures.Dispose();
    }
}
