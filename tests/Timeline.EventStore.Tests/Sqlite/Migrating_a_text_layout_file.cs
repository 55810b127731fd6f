using System.Diagnostics;
using System.Text;
using Timeline.EventStore.Sqlite;
using Timeline.EventStore.Tests.Conformance;

namespace Timeline.EventStore.Tests.Sqlite;

/// <summary>A file written before compact rows opens, is migrated once, and keeps every event exactly.</summary>
public sealed class Migrating_a_text_layout_file : IDisposable
{
    private readonly TempFolder _folder = new();

    private string StorePath => Path.Combine(_folder.Path, "events.db");

    // Positions with a gap, as AUTOINCREMENT leaves after a refused append; times to the millisecond; every metadata shape.
    private static readonly StoredEvent[] Written =
    [
        Stored(1, "record-a", 0, "AgreementSigned.v1", 1_600_000_000_123, new("newsroom", Guid.NewGuid(), Guid.NewGuid())),
        Stored(2, "record-b", 0, "MeetingHeld.v1", 1_600_000_000_124, new("importer", Guid.NewGuid(), Guid.NewGuid(), "batch-2020-01")),
        Stored(5, "record-a", 1, "RecordCorrected.v1", 1_600_000_999_001, new("auditor", Guid.NewGuid(), Guid.NewGuid(), null,
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")),
        Stored(6, "record-c", 0, "MeetingHeld.v1", 1_700_000_000_000, new("Ünïcode wrïter", Guid.NewGuid(), Guid.NewGuid(), "batch-é")),
        Stored(7, "record-a", 2, "RecordRetracted.v1", 1_700_000_000_001, new("newsroom", Guid.NewGuid(), Guid.NewGuid())),
    ];

    [Fact]
    public async Task Every_event_of_a_text_layout_file_reads_back_exactly_after_the_store_opens_it()
    {
        TextLayoutFile.Write(StorePath, Written);

        using var store = new SqliteEventStore(StorePath);
        var log = await store.ReadAllAsync().ToListAsync();
        var recordA = await store.ReadStreamAsync("record-a", ReadDirection.Backwards).ToListAsync();

        Assert.Equal(Written.Select(Comparable), log.Select(Comparable));
        Assert.Equal([2L, 1, 0], recordA.Select(e => e.Revision));
        Assert.Equal(7, await store.ReadHeadPositionAsync());
        Assert.Equal((false, 5L), TextLayoutFile.Inspect(StorePath));
    }

    [Fact]
    public async Task A_migrated_stream_goes_on_from_its_revision_and_the_log_from_its_last_position()
    {
        TextLayoutFile.Write(StorePath, Written);
        using var store = new SqliteEventStore(StorePath);

        var next = await store.AppendAsync("record-a", ExpectedRevision.Exact(2), [TestEvents.One("after")]);
        await Assert.ThrowsAsync<WrongExpectedVersionException>(() =>
            store.AppendAsync("record-b", ExpectedRevision.NoStream, [TestEvents.One("again")]));
        var retried = TestEvents.One("retried") with { EventId = Written[3].EventId };
        var retry = await store.AppendAsync("record-c", ExpectedRevision.NoStream, [retried]);

        Assert.Equal(new AppendResult(3, 8), next);
        Assert.Equal(new AppendResult(0, 6), retry);
    }

    [Fact]
    public async Task A_store_opened_again_on_a_migrated_file_finds_nothing_to_migrate()
    {
        TextLayoutFile.Write(StorePath, Written);
        using (new SqliteEventStore(StorePath))
        {
        }

        using var store = new SqliteEventStore(StorePath);

        Assert.Equal(Written.Select(Comparable), (await store.ReadAllAsync().ToListAsync()).Select(Comparable));
    }

    [Fact]
    public void A_migration_that_fails_part_way_leaves_the_text_layout_file_as_it_was()
    {
        // The fourth row's id is not a GUID: the copy has moved three rows when it meets it.
        TextLayoutFile.Write(StorePath, Written, e => e.Position == 6 ? "not-a-guid" : e.EventId.ToString());

        var failure = Assert.Throws<InvalidDataException>(() => new SqliteEventStore(StorePath));

        Assert.Contains("position 6", failure.Message);
        Assert.Equal((true, 5L), TextLayoutFile.Inspect(StorePath));
    }

    /// <summary>Enough rows that a kill right after the probe opens the file lands before the migration commits.</summary>
    private const int ManyEvents = 30_000;

    [Fact]
    public async Task A_process_killed_during_migration_loses_no_event_and_leaves_no_half_migrated_file()
    {
        var metadata = new EventMetadata("archive", Guid.NewGuid(), Guid.NewGuid());
        var written = Enumerable.Range(1, ManyEvents).Select(i => new StoredEvent(Guid.NewGuid(), "TestHappened.v1", $"record-{i % 997}",
            i / 997, i, DateTimeOffset.FromUnixTimeMilliseconds(1_600_000_000_000 + i), Encoding.UTF8.GetBytes($"{{\"n\":{i}}}"), metadata)).ToList();
        TextLayoutFile.Write(StorePath, written);

        // The probe migrates the file when it opens the store; it is killed as soon as it has opened the file.
        var probe = Path.Combine(AppContext.BaseDirectory, "Timeline.EventStore.CrashProbe.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [probe, StorePath, TestEvents.NewStream()])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var token = TestEvents.Within(60);
        while (!File.Exists(StorePath + "-wal") && !process.HasExited)
            await Task.Delay(5, token);
        process.Kill();
        await process.WaitForExitAsync(token);
        var afterKill = TextLayoutFile.Inspect(StorePath);

        using var reopened = new SqliteEventStore(StorePath);
        var log = await reopened.ReadAllAsync().ToListAsync(token);

        // A migration committed in parts would show as fewer rows in whichever events table the kill left.
        Assert.True(afterKill.Rows >= ManyEvents, $"{afterKill.Rows} of {ManyEvents} events in the {(afterKill.TextLayout ? "text" : "compact")} layout after the kill");
        Assert.Equal(written.Select(e => (e.Position, e.EventId, e.Stream, e.Revision)),
            log.Take(ManyEvents).Select(e => (e.Position, e.EventId, e.Stream, e.Revision)));
    }

    private static StoredEvent Stored(long position, string stream, long revision, string type, long recordedAt, EventMetadata metadata) =>
        new(Guid.NewGuid(), type, stream, revision, position, DateTimeOffset.FromUnixTimeMilliseconds(recordedAt),
            Encoding.UTF8.GetBytes($"{{\"at\":{position}}}"), metadata);

    /// <summary>Every field, the payload as text: the record's own equality compares the payload's memory by reference.</summary>
    private static string Comparable(StoredEvent e) =>
        $"{e.Position} {e.EventId} {e.Stream} {e.Revision} {e.Type} {e.RecordedAt.ToUnixTimeMilliseconds()} {Encoding.UTF8.GetString(e.Data.Span)} {e.Metadata}";

    public void Dispose() => _folder.Dispose();
}
