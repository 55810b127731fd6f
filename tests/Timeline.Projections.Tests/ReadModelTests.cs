using Microsoft.Data.Sqlite;
using Timeline.Domain.Dates;
using Timeline.Domain.Records;
using Timeline.EventStore.Serialization;
using Timeline.Projections.ActivityByYear;
using Timeline.Projections.Storage;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Tests;

/// <summary>The SQLite read model: batches, checkpoints, restarts and rebuilds.</summary>
public sealed class ReadModelTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("timeline-readmodel-").FullName;

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Fact]
    public async Task A_rebuild_from_position_zero_equals_the_incremental_result_with_restarts_and_replays()
    {
        var log = Given.Log([.. RandomHistory.Events(300)]);
        var random = new Random(7);
        var readModel = new SqliteReadModel(PathOf("incremental.db"));
        var applied = 0;
        List<EventEnvelope>? previous = null;
        while (applied < log.Count)
        {
            var batch = log.Skip(applied).Take(random.Next(1, 40)).ToList();
            if (previous is not null && random.Next(3) == 0)
                readModel.Apply(previous, previous[^1].Position);
            readModel.Apply(batch, batch[^1].Position);
            applied += batch.Count;
            previous = batch;
            if (random.Next(5) == 0)
            {
                readModel.Dispose();
                readModel = new SqliteReadModel(PathOf("incremental.db"));
            }
        }
        var incremental = await ReadModelDump.OfAsync(readModel);

        var indexes = await ReadModelDump.IndexesAsync(readModel);

        // Rebuilt the way a rebuild runs: indexes dropped, batches small enough that records change across them.
        readModel.Reset();
        Assert.Equal(0, readModel.ReadCheckpoint());
        readModel.BeginBulkLoad();
        Assert.DoesNotContain("ix_institution_timeline_page", await ReadModelDump.IndexesAsync(readModel));
        foreach (var chunk in log.Chunk(37))
            readModel.Apply(chunk, chunk[^1].Position);
        readModel.EndBulkLoad();
        var rebuilt = await ReadModelDump.OfAsync(readModel);
        Assert.Equal(indexes, await ReadModelDump.IndexesAsync(readModel));
        readModel.Dispose();

        Assert.Equal(incremental.Count, rebuilt.Count);
        Assert.Equal(incremental, rebuilt);
        Assert.Contains("ix_institution_timeline_page", indexes);
        Assert.Contains(incremental, row => row.StartsWith("country_timeline:", StringComparison.Ordinal));
        // The history's intervals are compared too: closed versions (corrected, reviewed, retracted) as well as open ones.
        Assert.Contains(incremental, row => row.StartsWith("record_versions:", StringComparison.Ordinal) && !row.Split(" | ")[2].Equals("", StringComparison.Ordinal));
        Assert.Contains(incremental, row => row.StartsWith("country_timeline_versions:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Applying_a_batch_again_after_a_restart_counts_nothing_twice()
    {
        var log = Given.Log([.. RandomHistory.Events(60, seed: 3)]);
        using (var once = new SqliteReadModel(PathOf("once.db")))
            once.Apply(log, log[^1].Position);

        using (var first = new SqliteReadModel(PathOf("twice.db")))
            first.Apply(log[..30], log[29].Position);
        using var restarted = new SqliteReadModel(PathOf("twice.db"));
        restarted.Apply(log, log[^1].Position);

        using var reference = new SqliteReadModel(PathOf("once.db"));
        var expected = await new ActivityByYearQuery(reference).RunAsync(new ActivityFilter(null, null, null), CancellationToken.None);
        var actual = await new ActivityByYearQuery(restarted).RunAsync(new ActivityFilter(null, null, null), CancellationToken.None);
        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(await ReadModelDump.OfAsync(reference), await ReadModelDump.OfAsync(restarted));
        Assert.Equal(log[^1].Position, restarted.ReadCheckpoint());
    }

    [Fact]
    public async Task Timeline_pages_filter_by_overlapping_dates_and_kinds_in_date_order()
    {
        var log = Given.Log(
            Given.Meeting("a", "2018-12-17"),
            Given.Visit("b", "2019-12-24/2020-01-02", [Given.Ouc], "KZ"),
            Given.Meeting("c", "2020-05"),
            Given.Meeting("d", "XXXX"),
            Given.Meeting("e", "2024"));
        using var readModel = new SqliteReadModel(PathOf("pages.db"));
        readModel.Apply(log, log[^1].Position);
        var queries = new TimelineQueries(readModel);

        async Task<string[]> Ids(DatePoint? from, DatePoint? to, string[] kinds, int page = 1, int size = 50) =>
            (await queries.ForInstitutionAsync("ouc", new TimelineFilter(from, to, kinds, page, size), CancellationToken.None))
            .Entries.Select(e => e.RecordId).ToArray();

        Assert.Equal(["a", "b", "c", "e", "d"], await Ids(null, null, []));
        Assert.Equal(["b", "c"], await Ids(DatePoint.Parse("2020"), DatePoint.Parse("2020-05-31"), []));
        Assert.Equal(["b"], await Ids(null, null, ["DelegationVisited"]));
        Assert.Equal(["c", "e"], await Ids(null, null, [], page: 2, size: 2));
        Assert.Equal(5, (await queries.ForInstitutionAsync("ouc", new TimelineFilter(null, null, [], 1, 2), CancellationToken.None)).Total);
    }

    [Fact]
    public async Task Institution_names_come_out_the_same_whatever_the_batch_sizes()
    {
        var renamed = Given.Ouc with { Name = "The Open University of China" };
        var log = Given.Log(
            Given.Meeting("a", "2019-01-01", Given.Ouc, Given.Psu),
            Given.Meeting("b", "2019-02-01", renamed),
            new RecordCorrected("a", new FactChanges(Institutions: [Given.Ouc with { Name = "OUC (as corrected)" }, Given.Psu]), "name"),
            Given.Meeting("c", "2019-03-01", Given.Unesco),
            new RecordRetracted("c", "not ours"));
        using var oneByOne = new SqliteReadModel(PathOf("one.db"));
        foreach (var envelope in log)
            oneByOne.Apply([envelope], envelope.Position);
        using var allAtOnce = new SqliteReadModel(PathOf("all.db"));
        allAtOnce.Apply(log, log[^1].Position);

        var expected = await ReadModelDump.OfAsync(oneByOne);
        Assert.Equal(expected, await ReadModelDump.OfAsync(allAtOnce));
        Assert.Contains(expected, row => row.StartsWith("institutions: ouc | OUC (as corrected)", StringComparison.Ordinal));
        Assert.Contains(expected, row => row.StartsWith("institutions: unesco | UNESCO", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Activity_by_year_counts_each_record_once_under_any_filter()
    {
        var log = Given.Log(
            Given.Visit("kz", "2019-12-24/2020-01-02", [Given.Ouc, Given.Psu], "KZ"),
            Given.Meeting("intl", "2019", Given.Unesco),
            Given.Meeting("ouc", "2020-05-19"),
            Given.Meeting("undated", "XXXX"),
            Given.Meeting("gone", "2019-02-02"),
            new RecordRetracted("gone", "duplicate"));
        using var readModel = new SqliteReadModel(PathOf("activity.db"));
        readModel.Apply(log, log[^1].Position);
        var query = new ActivityByYearQuery(readModel);

        async Task<string> Counts(string? institution, string? country, string? kind)
        {
            var report = await query.RunAsync(new ActivityFilter(institution, country, kind is null ? null : [kind]), CancellationToken.None);
            return string.Join(" ", report.Years.Select(y => $"{y.Year}:{y.Total}")) + $" undated:{report.Undated.Total} total:{report.Total}";
        }

        Assert.Equal("2019:2 2020:1 undated:1 total:4", await Counts(null, null, null));
        Assert.Equal("2019:1 2020:1 undated:1 total:3", await Counts("ouc", null, null));
        Assert.Equal("2019:1 undated:0 total:1", await Counts(null, "KZ", null));
        Assert.Equal("2019:1 undated:0 total:1", await Counts("psu", "KZ", null));
        Assert.Equal(" undated:0 total:0", await Counts("unesco", "KZ", null));
        Assert.Equal("2019:1 undated:0 total:1", await Counts(null, null, "DelegationVisited"));
    }

    [Fact]
    public async Task A_file_of_an_older_version_is_emptied_on_open_so_the_log_is_folded_again()
    {
        var log = Given.Log(Given.Meeting("m1", "2019-05-05"));
        using (var current = new SqliteReadModel(PathOf("older.db")))
            current.Apply(log, log[^1].Position);
        await using (var connection = new SqliteConnection($"Data Source={PathOf("older.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var downgrade = connection.CreateCommand();
            downgrade.CommandText = "PRAGMA user_version = 1";
            await downgrade.ExecuteNonQueryAsync();
        }

        using var reopened = new SqliteReadModel(PathOf("older.db"));

        Assert.Equal(0, reopened.ReadCheckpoint());
        Assert.DoesNotContain(await ReadModelDump.OfAsync(reopened), row => row.StartsWith("records:", StringComparison.Ordinal));
        reopened.Apply(log, log[^1].Position);
        Assert.Equal(1, reopened.ReadCheckpoint());
    }

    [Fact]
    public async Task Reviews_are_counted_on_the_record_and_change_no_timeline_row()
    {
        var recorded = Given.Log(Given.Meeting("m1", "2019-05-05"));
        var reviewed = Given.Log(Given.Meeting("m1", "2019-05-05"), new RecordReviewed("m1", ReviewVerdict.Confirmed, null),
            new RecordReviewed("m1", ReviewVerdict.Rejected, "wrong date"));
        using var before = new SqliteReadModel(PathOf("before.db"));
        using var after = new SqliteReadModel(PathOf("after.db"));
        before.Apply(recorded, recorded[^1].Position);
        foreach (var envelope in reviewed)
            after.Apply([envelope], envelope.Position);

        // A review makes a new version of the record, so the rows' last column (the position of the version) moves; where
        // the rows sit and what they count must not.
        static IEnumerable<string> Placed(IEnumerable<string> rows) =>
            rows.Where(row => row.Contains("_timeline:", StringComparison.Ordinal)).Select(row => row[..row.LastIndexOf(" | ", StringComparison.Ordinal)]);
        var timelineRows = Placed(await ReadModelDump.OfAsync(before));
        Assert.Equal(timelineRows, Placed(await ReadModelDump.OfAsync(after)));
        var reviews = await new Timeline.Projections.Records.ReviewedRecords(after).AmongAsync(["m1", "m2"], CancellationToken.None);
        Assert.Equal(["m1"], reviews);
        Assert.Empty(await new Timeline.Projections.Records.ReviewedRecords(before).AmongAsync(["m1"], CancellationToken.None));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
