using System.Text;
using Microsoft.Data.Sqlite;
using Timeline.Auditing.Tree;
using Timeline.EventStore;
using Timeline.EventStore.Sqlite;

namespace Timeline.Auditing.Tests;

/// <summary>
/// The tree keeps a leaf's position, event id and hash; an entry's stream, type and recording come from the store at
/// that position, and the filters look at them there.
/// </summary>
public sealed class Log_entries_read_beside_the_store : IDisposable
{
    private const int Events = 40;
    private readonly string _folder = Directory.CreateTempSubdirectory("tree-entries-").FullName;

    [Fact]
    public async Task Entries_carry_the_store_s_stream_and_type_and_a_filter_pages_through_them_in_order()
    {
        var (store, tree, log) = await TreeOfAsync();
        using var _ = store;
        using var __ = tree;
        using var reader = tree.OpenReader();

        var first = await LeafEntries.PageAsync(reader, store, new LogEntryFilter(Type: "MeetingHeld.v1"), -1, 5, default);
        var rest = await LeafEntries.PageAsync(reader, store, new LogEntryFilter(Type: "MeetingHeld.v1"), first.Entries[^1].Leaf.LeafIndex, 100, default);

        var held = log.Select((e, i) => (e, i)).Where(x => x.e.Type == "MeetingHeld.v1").ToList();
        Assert.Equal(held.Select(x => (long)x.i), first.Entries.Concat(rest.Entries).Select(x => x.Leaf.LeafIndex));
        Assert.All(first.Entries.Concat(rest.Entries), x =>
        {
            var e = log[(int)x.Leaf.LeafIndex];
            Assert.Equal((e.EventId, e.Stream, e.Revision, e.Position), (x.Event!.EventId, x.Event.Stream, x.Event.Revision, x.Leaf.Position));
        });
        Assert.Null(rest.StoppedAfter);
    }

    [Fact]
    public async Task A_filter_that_matches_nothing_stops_at_its_bound_with_a_place_to_go_on_from()
    {
        var (store, tree, _) = await TreeOfAsync();
        using var __ = store;
        using var ___ = tree;
        using var reader = tree.OpenReader();
        var nothing = new LogEntryFilter(Type: "Nothing.v1");

        var stops = new List<long?>();
        var after = -1L;
        LeafEntryPage page;
        do
        {
            page = await LeafEntries.PageAsync(reader, store, nothing, after, 10, default, scannedAtMost: 16);
            Assert.Empty(page.Entries);
            stops.Add(page.StoppedAfter);
            after = page.StoppedAfter ?? after;
        }
        while (page.StoppedAfter is not null);

        Assert.Equal([15, 31, null], stops);
    }

    [Fact]
    public async Task A_leaf_whose_event_the_store_no_longer_holds_is_listed_without_it_and_passes_no_filter()
    {
        var (store, tree, log) = await TreeOfAsync();
        using var _ = store;
        using var __ = tree;
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "events.db")};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DELETE FROM events WHERE position = {log[3].Position}";
            Assert.Equal(1, command.ExecuteNonQuery());
        }
        using var reader = tree.OpenReader();

        var all = await LeafEntries.PageAsync(reader, store, new LogEntryFilter(), 1, 4, default);
        var filtered = await LeafEntries.PageAsync(reader, store, new LogEntryFilter(RecordedBy: "tester"), 1, 4, default);

        Assert.Equal([2L, 3, 4, 5], all.Entries.Select(x => x.Leaf.LeafIndex));
        Assert.Equal([true, false, true, true], all.Entries.Select(x => x.Event is not null));
        Assert.Equal(log[3].EventId, all.Entries[1].Leaf.EventId);
        Assert.Equal([2L, 4, 5, 6], filtered.Entries.Select(x => x.Leaf.LeafIndex));
    }

    private async Task<(SqliteEventStore, MerkleTreeStore, StoredEvent[])> TreeOfAsync()
    {
        var store = new SqliteEventStore(Path.Combine(_folder, "events.db"));
        for (var i = 0; i < Events; i++)
        {
            var type = i % 3 == 0 ? "MeetingHeld.v1" : "ActivityReported.v1";
            await store.AppendAsync($"record-{i % 7}", ExpectedRevision.Any,
                [new EventData(Guid.NewGuid(), type, Encoding.UTF8.GetBytes($$"""{"n":{{i}}}"""), new EventMetadata("tester", Guid.NewGuid(), Guid.NewGuid()))]);
        }
        var log = new List<StoredEvent>();
        await foreach (var e in store.ReadAllAsync())
            log.Add(e);
        var tree = new MerkleTreeStore(Path.Combine(_folder, "auditlog.db"));
        tree.Append(log);
        return (store, tree, [.. log]);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
