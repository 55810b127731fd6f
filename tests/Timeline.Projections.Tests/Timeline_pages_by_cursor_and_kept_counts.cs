using Microsoft.Data.Sqlite;
using Timeline.EventStore.Serialization;
using Timeline.Projections.Storage;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Tests;

/// <summary>Pages read after a cursor, and totals looked up in the counts the fold keeps instead of counted.</summary>
public sealed class Timeline_pages_by_cursor_and_kept_counts : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("timeline-pages-").FullName;

    private static readonly List<EventEnvelope> Log = Given.Log([.. RandomHistory.Events(300, seed: 11)]);

    private SqliteReadModel FoldedInRandomBatches(string name = "pages.db")
    {
        var log = Log;
        var readModel = new SqliteReadModel(Path.Combine(_folder, name));
        var random = new Random(3);
        for (var applied = 0; applied < log.Count;)
        {
            var batch = log.Skip(applied).Take(random.Next(1, 30)).ToList();
            readModel.Apply(batch, batch[^1].Position);
            applied += batch.Count;
        }
        return readModel;
    }

    [Fact]
    public async Task One_batch_of_the_whole_log_writes_the_same_rows_and_counts_as_many_small_batches()
    {
        using var small = FoldedInRandomBatches("small.db");
        using var whole = new SqliteReadModel(Path.Combine(_folder, "whole.db"));
        whole.Apply(Log, Log[^1].Position);

        var rows = await ReadModelDump.OfAsync(whole);
        Assert.Equal(await ReadModelDump.OfAsync(small), rows);
        // Enough rows that most were written many to a statement.
        Assert.True(rows.Count(row => row.StartsWith("institution_timeline:", StringComparison.Ordinal)) > 8 * 8);
    }

    [Fact]
    public async Task Kept_counts_equal_the_rows_of_every_timeline_after_corrections_and_retractions()
    {
        using var readModel = FoldedInRandomBatches();
        var queries = new TimelineQueries(readModel);

        foreach (var institution in new[] { "ouc", "psu", "unesco", "nobody" })
        {
            Assert.Equal(await CountAsync(readModel, "institution_timeline", "institution_id", institution, null),
                (await queries.ForInstitutionAsync(institution, new TimelineFilter(null, null, [], 1, 10), CancellationToken.None)).Total);
            Assert.Equal(await CountAsync(readModel, "institution_timeline", "institution_id", institution, "DelegationVisited"),
                (await queries.ForInstitutionAsync(institution, new TimelineFilter(null, null, ["DelegationVisited"], 1, 10), CancellationToken.None)).Total);
        }
        foreach (var country in new[] { "KZ", "MN", "CN" })
        {
            Assert.Equal(await CountAsync(readModel, "country_timeline", "country", country, null),
                (await queries.ForCountryAsync(country, new TimelineFilter(null, null, [], 1, 10), CancellationToken.None)).Total);
        }
        Assert.True(await CountAsync(readModel, "institution_timeline", "institution_id", "ouc", null) > 100);
    }

    [Fact]
    public async Task Following_the_cursor_reads_every_entry_once_in_the_order_of_numbered_pages()
    {
        using var readModel = FoldedInRandomBatches();
        var queries = new TimelineQueries(readModel);
        var numbered = new List<string>();
        var followed = new List<string>();
        TimelineCursor? after = null;
        for (var page = 1; page < 100; page++)
        {
            var byNumber = await queries.ForInstitutionAsync("ouc", new TimelineFilter(null, null, [], page, 7), CancellationToken.None);
            var byCursor = await queries.ForInstitutionAsync("ouc", new TimelineFilter(null, null, [], 1, 7, after), CancellationToken.None);
            numbered.AddRange(byNumber.Entries.Select(e => e.RecordId));
            followed.AddRange(byCursor.Entries.Select(e => e.RecordId));
            Assert.Equal(byNumber.Next, byCursor.Next);
            after = byCursor.Next;
            if (after is null)
                break;
        }

        Assert.Null(after);
        Assert.Equal(numbered, followed);
        Assert.Equal(numbered.Count, numbered.Distinct().Count());
        Assert.Equal(await CountAsync(readModel, "institution_timeline", "institution_id", "ouc", null), followed.Count);
    }

    [Fact]
    public async Task A_page_after_a_cursor_is_read_by_key_from_the_covering_index_its_entries_by_integer_key_and_scans_nothing()
    {
        using var readModel = FoldedInRandomBatches();
        readModel.BeginBulkLoad();
        readModel.EndBulkLoad();
        var queries = new TimelineQueries(readModel);

        var plan = await queries.PlanForInstitutionAsync("ouc",
            new TimelineFilter(null, null, [], 1, 50, new TimelineCursor(20190101, 12)), CancellationToken.None);

        Assert.Contains(plan, step => step.StartsWith("SEARCH t USING COVERING INDEX ix_institution_timeline_page (institution_id=? AND (sort_key,position)>(?,?))",
            StringComparison.Ordinal));
        // Each entry is then looked up in the records by their integer key, not by its text id through an index.
        Assert.Contains("SEARCH r USING INTEGER PRIMARY KEY (rowid=?)", plan);
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN t", StringComparison.Ordinal) || step.StartsWith("SCAN r", StringComparison.Ordinal));
    }

    private static async Task<long> CountAsync(SqliteReadModel readModel, string table, string keyColumn, string key, string? kind)
    {
        await using var connection = await readModel.OpenReaderAsync(CancellationToken.None);
        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM {table} WHERE {keyColumn} = $key AND ($kind IS NULL OR kind = $kind)";
        count.Parameters.AddWithValue("$key", key);
        count.Parameters.AddWithValue("$kind", (object?)kind ?? DBNull.Value);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
