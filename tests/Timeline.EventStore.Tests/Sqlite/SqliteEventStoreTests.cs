using System.Diagnostics;
using Timeline.EventStore;
using Timeline.EventStore.Sqlite;
using Timeline.EventStore.Tests.Conformance;

namespace Timeline.EventStore.Tests.Sqlite;

/// <summary>What only the embedded store promises: its file, its durability, its refusal of reused ids.</summary>
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
    public async Task A_batch_with_a_reused_event_id_is_refused_whole()
    {
        using var store = new SqliteEventStore(StorePath);
        var taken = TestEvents.One("taken");
        await store.AppendAsync("elsewhere", ExpectedRevision.NoStream, [taken]);
        var stream = TestEvents.NewStream();
        var batch = TestEvents.Many("batch", 3).Append(taken with { Data = taken.Data }).ToArray();

        await Assert.ThrowsAsync<DuplicateEventIdException>(() => store.AppendAsync(stream, ExpectedRevision.NoStream, batch));

        Assert.Empty(await store.ReadStreamAsync(stream).ToListAsync());
        Assert.Equal(1, await store.ReadHeadPositionAsync());
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
