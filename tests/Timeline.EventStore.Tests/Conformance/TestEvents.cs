using System.Text;
using Timeline.EventStore;

namespace Timeline.EventStore.Tests.Conformance;

/// <summary>Events for store tests: the payload says which stream and number it is, so a mix-up shows.</summary>
public static class TestEvents
{
    public static readonly EventMetadata Metadata = new("conformance", Guid.NewGuid(), Guid.NewGuid(), "batch-7",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

    public static EventData One(string label) =>
        new(Guid.NewGuid(), "TestHappened.v1", Encoding.UTF8.GetBytes($"{{\"label\":\"{label}\"}}"), Metadata);

    public static EventData[] Many(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => One($"{prefix}-{i}")).ToArray();

    public static string Label(StoredEvent stored) => Encoding.UTF8.GetString(stored.Data.Span).Split('"')[3];

    public static string NewStream() => $"test-{Guid.NewGuid():N}";

    /// <summary>A token that ends a test that would otherwise wait forever.</summary>
    public static CancellationToken Within(int seconds = 15) => new CancellationTokenSource(TimeSpan.FromSeconds(seconds)).Token;

    /// <summary>
    /// The events of the global log after <paramref name="after"/> that <paramref name="mine"/> picks, read again
    /// (within bounds) until there are <paramref name="count"/>: a store that reads the log from a follower may
    /// see an acknowledged write a moment later.
    /// </summary>
    public static async Task<List<StoredEvent>> ReadAllSettledAsync(this IEventStore store, long after, Func<StoredEvent, bool> mine, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var read = await store.ReadAllAsync(after).Where(mine).ToListAsync();
            if (read.Count >= count || DateTime.UtcNow > deadline)
                return read;
            await Task.Delay(20);
        }
    }
}
