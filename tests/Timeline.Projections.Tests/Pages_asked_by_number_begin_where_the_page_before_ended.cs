using SQLitePCL;
using Timeline.Domain.Records;
using Timeline.Projections.Storage;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Tests;

/// <summary>
/// A page asked by number begins where the page before it ended: once that page has been read, the next is read
/// after its last entry instead of stepping over every entry before it, and is the page SQLite holds at its offset.
/// </summary>
public sealed class Pages_asked_by_number_begin_where_the_page_before_ended : IDisposable
{
    private const int PageSize = 10;
    private readonly string _folder = Directory.CreateTempSubdirectory("timeline-numbered-").FullName;

    /// <summary>One meeting a month from January 2000, each on the OUC's timeline.</summary>
    private static IEnumerable<IRecordEvent> Meetings(int count, string prefix = "m", int fromYear = 2000) =>
        Enumerable.Range(0, count).Select(i => Given.Meeting($"{prefix}{i}", $"{fromYear + i / 12:D4}-{i % 12 + 1:D2}-01"));

    [Fact]
    public async Task A_deep_page_read_after_the_page_before_it_costs_what_an_early_page_costs()
    {
        using var readModel = new SqliteReadModel(Path.Combine(_folder, "deep.db"));
        var log = Given.Log([.. Meetings(600)]);
        readModel.Apply(log, log[^1].Position);
        var timelines = new TimelineQueries(readModel);
        await PageAsync(timelines, 1);
        // SQLite calls the progress handler every ten steps of its machine: the count says how many rows a query stepped over.
        var steps = 0;
        delegate_progress count = _ =>
        {
            steps++;
            return 0;
        };
        // Read one after another, so each page takes the one reader the first opened.
        await using (var reader = await readModel.RentReaderAsync(CancellationToken.None))
            raw.sqlite3_progress_handler(reader.Connection.Handle, 10, count, null);

        var costs = new List<int>();
        for (var page = 2; page <= 55; page++)
        {
            steps = 0;
            var read = await PageAsync(timelines, page);
            Assert.Equal($"m{(page - 1) * PageSize}", read.Stored[0].Entry.RecordId);
            costs.Add(steps);
        }

        Assert.True(costs[0] > 0);
        // By offset, page 55 steps over 540 entries of the index where page 2 steps over 10.
        Assert.True(costs[^1] < 2 * costs[0], $"page 2 took {costs[0]} and page 55 {costs[^1]} tens of steps");
    }

    [Fact]
    public async Task A_page_asked_by_number_is_the_one_SQLite_holds_after_each_fold_that_moves_its_entries()
    {
        using var readModel = new SqliteReadModel(Path.Combine(_folder, "folds.db"));
        var log = Given.Log([
            .. Meetings(60),
            // Earlier than every page read: each moves the entries of every later page by one.
            .. Meetings(3, prefix: "early", fromYear: 1990),
            new RecordRetracted("m5", "Not ours."),
            new RecordCorrected("m25", new FactChanges(Date: Timeline.Domain.Dates.HistoricalDate.Parse("1980-01-01")), "Dated again."),
            // Another institution's timeline: the starts held for the OUC's pages stay.
            Given.Meeting("elsewhere", "1985-01-01", Given.Psu),
        ]);
        readModel.Apply(log[..60], log[59].Position);
        var held = new TimelineQueries(readModel);
        var seen = new List<string>();
        for (var applied = 60; applied <= log.Count; applied++)
        {
            if (applied > 60)
                readModel.Apply(log[(applied - 1)..applied], log[applied - 1].Position);
            // Last page first: each page after the first begins where the round before left it, as the page before it
            // is read (and its start learnt again) only later.
            for (var page = 7; page >= 1; page--)
            {
                var kept = await PageAsync(held, page);
                // A new TimelineQueries holds no starts: it reads each page by its offset.
                var fresh = await PageAsync(new TimelineQueries(readModel), page);
                Assert.Equal(Describe(fresh), Describe(kept));
                seen.Add(Describe(kept));
            }
        }
        Assert.Contains(seen, page => page.StartsWith("early0 ", StringComparison.Ordinal));
    }

    private static Task<TimelinePage> PageAsync(TimelineQueries timelines, int page) =>
        timelines.ForInstitutionAsync("ouc", new TimelineFilter(null, null, [], page, PageSize), CancellationToken.None);

    private static string Describe(TimelinePage page) =>
        string.Join(" ", page.Stored.Select(entry => entry.Entry.RecordId)) + $" | {page.Total} {page.Page} {page.Next}";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
