namespace Timeline.EventStore.EventStoreDb;

/// <summary>How long to wait between attempts when the server does not answer: doubling, up to a ceiling.</summary>
public sealed record EventStoreDbRetryPolicy
{
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts of one append, or of a read that saw nothing yet, before giving up with <see cref="EventStoreUnavailableException"/>.</summary>
    public int MaxWriteAttempts { get; init; } = 6;

    /// <summary>The wait after the <paramref name="failures"/>-th failure in a row (1 for the first).</summary>
    public TimeSpan DelayAfter(int failures)
    {
        var doublings = Math.Clamp(failures - 1, 0, 30);
        var delay = FirstDelay.Ticks * (1L << doublings);
        return delay > MaxDelay.Ticks || delay <= 0 ? MaxDelay : TimeSpan.FromTicks(delay);
    }
}
