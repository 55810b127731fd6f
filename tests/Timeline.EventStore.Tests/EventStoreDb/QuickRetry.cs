using Timeline.EventStore.EventStoreDb;

namespace Timeline.EventStore.Tests.EventStoreDb;

/// <summary>Retries tens of milliseconds apart, so that tests of servers going away stay short.</summary>
public static class QuickRetry
{
    public static readonly EventStoreDbRetryPolicy Policy = new() { FirstDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(200) };
}
