using Microsoft.Data.Sqlite;
using Timeline.EventStore.Sqlite;
using Timeline.EventStore.Tests.Sqlite;
using static Timeline.Api.Tests.Audit.AuditedLog;

namespace Timeline.Api.Tests.Audit;

/// <summary>A log signed while its events were stored as text rows still verifies once the file is migrated to compact rows.</summary>
public sealed class Verifying_a_migrated_log : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ouc-timeline-api-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_tree_and_every_signed_checkpoint_verify_after_the_event_file_is_migrated()
    {
        using (var before = Service())
        {
            var api = before.CreateApiClient();
            await RecordMeetingsAsync(api, 6);
            await CheckpointAsync(api);
        }
        await RewriteAsTextLayoutAsync(Path.Combine(_folder, "events.db"));

        using var after = Service();
        var migrated = after.CreateApiClient();
        var report = await VerifyAsync(migrated);
        await RecordMeetingsAsync(migrated, 1);
        await CheckpointAsync(migrated);
        var extended = await VerifyAsync(migrated);

        Assert.True(report["ok"]!.GetValue<bool>(), report.ToJsonString());
        // Each meeting names an institution of its own, registered with it: two events a meeting.
        Assert.Equal(12, report["events"]!.GetValue<long>());
        Assert.True(extended["ok"]!.GetValue<bool>(), extended.ToJsonString());
        Assert.Equal(14, extended["events"]!.GetValue<long>());
        Assert.False(TextLayoutFile.Inspect(Path.Combine(_folder, "events.db")).TextLayout);
    }

    private TimelineApiFactory Service() =>
        new(loadSampleData: false, settings: new Dictionary<string, string> { ["Storage:DataDirectory"] = _folder });

    /// <summary>The same events, positions and times, written back in the layout the store used before compact rows.</summary>
    private static async Task RewriteAsTextLayoutAsync(string path)
    {
        List<Timeline.EventStore.StoredEvent> events;
        using (var store = new SqliteEventStore(path))
            events = await store.ReadAllAsync().ToListAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            File.Delete(file);
        TextLayoutFile.Write(path, events);
        Assert.True(TextLayoutFile.Inspect(path).TextLayout);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
