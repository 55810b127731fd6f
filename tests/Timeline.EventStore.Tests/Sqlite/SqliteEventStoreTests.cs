using System.Diagnostics;
using Timeline.EventStore;
using Timeline.EventStore.Sqlite;
using Timeline.EventStore.Tests.Conformance;

namespace Timeline.EventStore.Tests.Sqlite;

/// <summary>What only the embedded store promises: its file, its durability, how it tells a retry from a reused id.</summary>
public sealed class SqliteEventStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string StorePath => Path.Combine(_folder.Path, "events.db");

    [Fact]
    public async Task Every_acknowledged_append_survives_the_process_being_killed()
    {
        var stream = TestEvents.NewStream();
        var probe = Path.Combine(AppContext.BaseDirectory, "Timeline.EventStore.CrashProbe.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [probe, StorePath, stream])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var acknowledged = -1L;
        var token = TestEvents.Within(60);
        while (acknowledged < 40 && await process.StandardOutput.ReadLineAsync(token) is { } line)
            acknowledged = long.Parse(line.Split(' ')[1]);
        process.Kill();
        await process.WaitForExitAsync(token);

        using var reopened = new SqliteEventStore(StorePath);
        var events = await reopened.ReadStreamAsync(stream).ToListAsync();

        Assert.True(acknowledged >= 40, "the probe never acknowledged 40 appends");
        Assert.True(events.Count > acknowledged, $"{events.Count} events on disk, {acknowledged + 1} acknowledged");
        Assert.Equal(Enumerable.Range(0, events.Count).Select(i => (long)i), events.Select(e => e.Revision));
    }

    [Fact]
    public async Task A_batch_that_repeats_an_event_id_is_refused_whole()
    {
        using var store = new SqliteEventStore(StorePath);
        var stream = TestEvents.NewStream();
        var batch = TestEvents.Many("batch", 3);
        batch = [.. batch, TestEvents.One("again") with { EventId = batch[1].EventId }];

        await Assert.ThrowsAsync<DuplicateEventIdException>(() => store.AppendAsync(stream, ExpectedRevision.NoStream, batch));

        Assert.Empty(await store.ReadStreamAsync(stream).ToListAsync());
        Assert.Equal(0, await store.ReadHeadPositionAsync());
    }

    [Fact]
    public async Task A_retry_is_recognised_after_its_stream_has_moved_on()
    {
        using var store = new SqliteEventStore(StorePath);
        var stream = TestEvents.NewStream();
        var first = TestEvents.Many("first", 2);
        var written = await store.AppendAsync(stream, ExpectedRevision.NoStream, first);
        var second = TestEvents.Many("second", 2);
        await store.AppendAsync(stream, ExpectedRevision.Exact(1), second);
        await store.AppendAsync(stream, ExpectedRevision.Exact(3), [TestEvents.One("third")]);

        var retriedFirst = await store.AppendAsync(stream, ExpectedRevision.NoStream, first);
        var retriedSecond = await store.AppendAsync(stream, ExpectedRevision.Exact(1), second);
        var retriedAny = await store.AppendAsync(stream, ExpectedRevision.Any, second);

        Assert.Equal(written, retriedFirst);
        Assert.Equal(new AppendResult(3, 4), retriedSecond);
        Assert.Equal(retriedSecond, retriedAny);
        Assert.Equal(5, (await store.ReadStreamAsync(stream).ToListAsync()).Count);
    }

    [Fact]
    public async Task Events_that_begin_like_an_earlier_append_but_differ_from_it_are_refused()
    {
        using var store = new SqliteEventStore(StorePath);
        var stream = TestEvents.NewStream();
        var first = TestEvents.Many("first", 2);
        await store.AppendAsync(stream, ExpectedRevision.NoStream, first);
        var changed = new[] { first[0], TestEvents.One("other") };

        var exact = await Assert.ThrowsAsync<WrongExpectedVersionException>(() => store.AppendAsync(stream, ExpectedRevision.NoStream, changed));
        var any = await Assert.ThrowsAsync<WrongExpectedVersionException>(() => store.AppendAsync(stream, ExpectedRevision.Any, changed));

        Assert.Equal(1, exact.ActualRevision);
        Assert.Equal(1, any.ActualRevision);
        Assert.Equal(2, (await store.ReadStreamAsync(stream).ToListAsync()).Count);
    }

    [Fact]
    public async Task An_event_id_of_another_stream_is_a_new_event_there_as_in_EventStoreDB()
    {
        using var store = new SqliteEventStore(StorePath);
        var shared = TestEvents.One("shared");
        await store.AppendAsync("elsewhere", ExpectedRevision.NoStream, [shared]);
        var stream = TestEvents.NewStream();

        var result = await store.AppendAsync(stream, ExpectedRevision.NoStream, [shared]);

        Assert.Equal(new AppendResult(0, 2), result);
        Assert.Equal(shared.EventId, Assert.Single(await store.ReadStreamAsync(stream).ToListAsync()).EventId);
    }

    [Fact]
    public async Task The_store_file_is_in_write_ahead_log_mode()
    {
        using var store = new SqliteEventStore(StorePath);
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={StorePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_live_subscription_sees_appends_made_by_another_store_on_the_same_file()
    {
        using var subscriber = new SqliteEventStore(StorePath, pollInterval: TimeSpan.FromMilliseconds(50));
        using var writer = new SqliteEventStore(StorePath);
        var stream = TestEvents.NewStream();
        var token = TestEvents.Within();
        var first = Task.Run(async () =>
        {
            await foreach (var e in subscriber.SubscribeToAllAsync(0, token))
                return e;
            return null;
        }, token);

        await writer.AppendAsync(stream, ExpectedRevision.NoStream, [TestEvents.One("from afar")]);

        Assert.Equal("from afar", TestEvents.Label((await first)!));
    }

    public void Dispose() => _folder.Dispose();
}
