using System.Text;
using Timeline.EventStore;
using Timeline.EventStore.Sqlite;
using Timeline.EventStore.Tests.Conformance;

namespace Timeline.EventStore.Tests.Sqlite;

/// <summary>
/// A live subscriber takes this store's own commits as they were stored rather than reading them back: each event
/// must be what a read of the file returns, field by field and byte by byte, and at any gap (another process's
/// appends) the subscriber must read the log so that nothing is skipped or taken out of order.
/// </summary>
public sealed class Taking_committed_events_from_the_appender : IDisposable
{
    private readonly TempFolder _folder = new();

    private string StorePath => Path.Combine(_folder.Path, "events.db");

    [Fact]
    public async Task A_subscriber_gets_what_a_read_of_the_file_returns_whatever_the_caller_does_with_its_arrays()
    {
        // A clock between milliseconds: the row keeps whole milliseconds, and so must what is handed over.
        var clock = new StoppedClock(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero).AddTicks(1_234_567));
        using var store = new SqliteEventStore(StorePath, clock);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var live = store.SubscribeToAllAsync(0, stop.Token).GetAsyncEnumerator(stop.Token);
        var first = live.MoveNextAsync();

        var streams = new[] { "plain-stream", "stréam-ünïcode-日本", "another" };
        var arrays = new List<byte[]>();
        for (var i = 0; i < 12; i++)
        {
            var batch = Enumerable.Range(0, 1 + i % 4).Select(j => Event(i, j, arrays)).ToArray();
            await store.AppendAsync($"{streams[i % streams.Length]}-{i / 3}", ExpectedRevision.Any, batch);
        }
        // The caller reuses its arrays once the appends returned: neither the rows nor what is handed over may change.
        foreach (var array in arrays)
            array.AsSpan().Fill((byte)'x');

        var taken = new List<StoredEvent>();
        Assert.True(await first);
        taken.Add(live.Current);
        while (taken.Count < arrays.Count && await live.MoveNextAsync())
            taken.Add(live.Current);

        var read = await store.ReadAllAsync().ToListAsync();
        Assert.Equal(read.Count, taken.Count);
        for (var i = 0; i < read.Count; i++)
            AssertSame(read[i], taken[i]);
    }

    [Fact]
    public async Task Appends_by_another_process_between_this_ones_are_read_from_the_log_in_their_place()
    {
        using var store = new SqliteEventStore(StorePath, pollInterval: TimeSpan.FromMilliseconds(50));
        using var other = new SqliteEventStore(StorePath);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var live = store.SubscribeToAllAsync(0, stop.Token).GetAsyncEnumerator(stop.Token);
        var first = live.MoveNextAsync();
        var appended = 0;
        for (var i = 0; i < 20; i++)
        {
            var writer = i % 3 == 1 ? other : store;
            var batch = TestEvents.Many($"round-{i}", 1 + i % 5);
            await writer.AppendAsync(TestEvents.NewStream(), ExpectedRevision.NoStream, batch);
            appended += batch.Length;
        }

        var taken = new List<StoredEvent>();
        Assert.True(await first);
        taken.Add(live.Current);
        while (taken.Count < appended && await live.MoveNextAsync())
            taken.Add(live.Current);

        var read = await store.ReadAllAsync().ToListAsync();
        Assert.Equal(appended, read.Count);
        Assert.Equal(read.Select(e => e.Position), taken.Select(e => e.Position));
        for (var i = 0; i < read.Count; i++)
            AssertSame(read[i], taken[i]);
    }

    private static EventData Event(int i, int j, List<byte[]> arrays)
    {
        var data = Encoding.UTF8.GetBytes($$"""{"n":{{i}},"j":{{j}},"text":"é\u00e9 \"quoted\""}""");
        arrays.Add(data);
        // A lone surrogate has no UTF-8 form: the metadata blob keeps a replacement, and so must what is handed over.
        var recordedBy = j == 1 ? "broken \ud800 name" : $"recorder-{i}";
        var importBatch = j == 2 ? null : $"batch-{i}";
        return new EventData(Guid.NewGuid(), j == 3 ? "Tÿpe.v1" : "TestHappened.v1", data,
            new EventMetadata(recordedBy, Guid.NewGuid(), Guid.NewGuid(), importBatch, j == 0 ? null : "00-trace"));
    }

    private static void AssertSame(StoredEvent expected, StoredEvent actual)
    {
        Assert.Equal(expected.EventId, actual.EventId);
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.Stream, actual.Stream);
        Assert.Equal(expected.Revision, actual.Revision);
        Assert.Equal(expected.Position, actual.Position);
        Assert.Equal(expected.RecordedAt, actual.RecordedAt);
        Assert.Equal(expected.RecordedAt.Offset, actual.RecordedAt.Offset);
        Assert.Equal(expected.Data.ToArray(), actual.Data.ToArray());
        Assert.Equal(expected.Metadata, actual.Metadata);
    }

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    public void Dispose() => _folder.Dispose();
}
