using System.Text;
using Timeline.EventStore.Sqlite;

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

        var next = await store.AppendAsync("record-a", ExpectedRevision.Exact(2), [Conformance.TestEvents.One("after")]);
        await Assert.ThrowsAsync<WrongExpectedVersionException>(() =>
            store.AppendAsync("record-b", ExpectedRevision.NoStream, [Conformance.TestEvents.One("again")]));
        var reused = Conformance.TestEvents.One("reused") with { EventId = Written[3].EventId };
        var refusal = await Assert.ThrowsAsync<DuplicateEventIdException>(() => store.AppendAsync("record-d", ExpectedRevision.NoStream, [reused]));

        Assert.Equal(new AppendResult(3, 8), next);
        Assert.Contains("record-c", refusal.Message);
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

    private static StoredEvent Stored(long position, string stream, long revision, string type, long recordedAt, EventMetadata metadata) =>
        new(Guid.NewGuid(), type, stream, revision, position, DateTimeOffset.FromUnixTimeMilliseconds(recordedAt),
            Encoding.UTF8.GetBytes($"{{\"at\":{position}}}"), metadata);

    /// <summary>Every field, the payload as text: the record's own equality compares the payload's memory by reference.</summary>
    private static string Comparable(StoredEvent e) =>
        $"{e.Position} {e.EventId} {e.Stream} {e.Revision} {e.Type} {e.RecordedAt.ToUnixTimeMilliseconds()} {Encoding.UTF8.GetString(e.Data.Span)} {e.Metadata}";

    public void Dispose() => _folder.Dispose();
}
