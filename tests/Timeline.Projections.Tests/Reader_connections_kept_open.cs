using Microsoft.Data.Sqlite;
using SQLitePCL;
using Timeline.Projections.Catalogue;
using Timeline.EventStore.Serialization;
using Timeline.Projections.Registry;
using Timeline.Projections.Storage;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Tests;

/// <summary>
/// Reader connections the read model keeps open with their prepared statements: what they read after more folds and
/// after the indexes are dropped and built again, and how many file handles they hold.
/// </summary>
public sealed class Reader_connections_kept_open : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("timeline-readers-").FullName;

    private static readonly List<EventEnvelope> Log = Given.Log([.. RandomHistory.Events(300, seed: 5)]);

    [Fact]
    public async Task Kept_readers_answer_as_a_newly_opened_file_does_after_more_folds_and_a_bulk_load()
    {
        var path = Path.Combine(_folder, "kept.db");
        using var readModel = new SqliteReadModel(path);
        var half = Log.Count / 2;
        readModel.Apply(Log[..half], Log[half - 1].Position);
        // Every statement of a page is prepared on the kept readers before the rest of the log arrives.
        var before = await PagesAsync(readModel);
        readModel.BeginBulkLoad();
        readModel.Apply(Log[half..], Log[^1].Position);
        readModel.EndBulkLoad();

        var kept = await PagesAsync(readModel);
        using var reopened = new SqliteReadModel(path);
        var fresh = await PagesAsync(reopened);

        Assert.Equal(fresh, kept);
        Assert.NotEqual(before, kept);
    }

    [Fact]
    public async Task A_kept_reader_plans_its_page_and_summary_statements_once()
    {
        using var readModel = new SqliteReadModel(Path.Combine(_folder, "planned.db"));
        readModel.Apply(Log, Log[^1].Position);
        var timelines = new TimelineQueries(readModel);
        var catalogue = new CatalogueQueries(readModel);
        async Task ReadPagesAsync()
        {
            // Read one after another, so each takes the one reader the first opened.
            var first = await timelines.ForInstitutionAsync("ouc", new TimelineFilter(null, null, [], 1, 5), CancellationToken.None);
            await timelines.ForInstitutionAsync("ouc", new TimelineFilter(null, null, [], 1, 7, first.Next), CancellationToken.None);
            await timelines.ForInstitutionAsync("ouc", new TimelineFilter(null, null, [], 3, 4), CancellationToken.None);
            await catalogue.InstitutionsAsync(new CataloguePage(null, 0, 3), CancellationToken.None);
            await catalogue.InstitutionsAsync(new CataloguePage(null, 1, 2), CancellationToken.None);
        }
        await ReadPagesAsync();
        // SQLite asks the authorizer about every statement it prepares, and prepares again each statement it has planned
        // anew: setting one makes every kept statement be prepared once more.
        var prepared = 0;
        strdelegate_authorizer count = (_, _, _, _, _, _) =>
        {
            Interlocked.Increment(ref prepared);
            return raw.SQLITE_OK;
        };
        await using (var reader = await readModel.RentReaderAsync(CancellationToken.None))
            Assert.Equal(raw.SQLITE_OK, raw.sqlite3_set_authorizer(reader.Connection.Handle, count, null));

        await ReadPagesAsync();
        var once = prepared;
        await ReadPagesAsync();
        await ReadPagesAsync();

        Assert.True(once > 0);
        Assert.Equal(once, prepared);
    }

    [Fact]
    public async Task Disposing_the_read_model_closes_every_reader_it_kept()
    {
        var path = Path.Combine(_folder, "handles.db");
        var readModel = new SqliteReadModel(path);
        readModel.Apply(Log, Log[^1].Position);
        var readers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => readModel.RentReaderAsync(CancellationToken.None)));
        foreach (var reader in readers)
            await reader.DisposeAsync();
        Assert.True(HandlesOn(path) > 20);

        readModel.Dispose();
        // The writer goes back to the driver's pool; SQLite closes a file's handles only once no connection of the process holds it.
        SqliteConnection.ClearAllPools();
        Assert.Equal(0, HandlesOn(path));
    }

    /// <summary>Each institution's and country's first pages, with their totals and the registry's names, as text.</summary>
    private static async Task<List<string>> PagesAsync(SqliteReadModel readModel)
    {
        var timelines = new TimelineQueries(readModel);
        var registry = new RegistryQueries(readModel);
        var pages = new List<string>();
        foreach (var institution in new[] { "ouc", "psu", "unesco" })
        {
            TimelineCursor? after = null;
            do
            {
                var page = await timelines.ForInstitutionAsync(institution, new TimelineFilter(null, null, [], 1, 20, after), CancellationToken.None);
                var named = await registry.NamedAsOfTheirDatesAsync(page.Stored, CancellationToken.None);
                pages.Add($"{institution} {page.Total}: " + string.Join(" ", named.Select(e => $"{e.RecordId}/{e.Title}")));
                after = page.Next;
            }
            while (after is not null);
        }
        foreach (var country in new[] { "KZ", "CN" })
        {
            var page = await timelines.ForCountryAsync(country, new TimelineFilter(null, null, ["DelegationVisited"], 2, 10), CancellationToken.None);
            pages.Add($"{country} {page.Total}: " + string.Join(" ", page.Entries.Select(e => e.RecordId)));
        }
        return pages;
    }

    /// <summary>This process's open handles on the file at <paramref name="path"/> (not its -wal and -shm companions).</summary>
    private static int HandlesOn(string path)
    {
        var full = Path.GetFullPath(path);
        return new DirectoryInfo("/proc/self/fd").GetFileSystemInfos()
            .Count(fd => fd.LinkTarget is { } target && target == full);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
