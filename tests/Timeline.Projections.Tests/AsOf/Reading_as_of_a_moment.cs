using Timeline.Domain.Dates;
using Timeline.Domain.Records;
using Timeline.EventStore.Serialization;
using Timeline.Projections.ActivityByYear;
using Timeline.Projections.AsOf;
using Timeline.Projections.Catalogue;
using Timeline.Projections.Search;
using Timeline.Projections.Storage;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Tests.AsOf;

/// <summary>One record recorded, corrected and retracted, read back as the read model knew it at each step.</summary>
public sealed class Reading_as_of_a_moment : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("timeline-asof-").FullName;
    private readonly SqliteReadModel _readModel;

    public Reading_as_of_a_moment()
    {
        _readModel = new SqliteReadModel(Path.Combine(_folder, "readmodel.db"));
        // One event a minute from Start: recorded (1), an unrelated record (2), corrected (3), retracted (4).
        var log = Given.Log(
            Given.Meeting("m", "2019-01-01", Given.Ouc, Given.Psu),
            Given.Meeting("other", "2020-06-06"),
            new RecordCorrected("m", new FactChanges(Date: HistoricalDate.Parse("2021-03"), Title: "Signing in Almaty"), "wrong year"),
            new RecordRetracted("m", "not an activity"));
        _readModel.Apply(log.Select(RecordedAtMinute).ToList(), log[^1].Position);
    }

    public static EventEnvelope RecordedAtMinute(EventEnvelope envelope) =>
        envelope with { Stored = envelope.Stored with { RecordedAt = Start.AddMinutes(envelope.Position) } };

    [Fact]
    public async Task A_moment_resolves_to_the_last_position_recorded_by_then()
    {
        var time = new TransactionTime(_readModel);

        Assert.Equal(0, (await time.ResolveAsync(Start, CancellationToken.None)).Position);
        Assert.Equal(1, (await time.ResolveAsync(Start.AddMinutes(1), CancellationToken.None)).Position);
        Assert.Equal(3, (await time.ResolveAsync(Start.AddMinutes(3.5), CancellationToken.None)).Position);
        var later = await time.ResolveAsync(Start.AddDays(1), CancellationToken.None);
        Assert.Equal(4, later.Position);
        Assert.False(later.Settled);
        Assert.True((await time.ResolveAsync(Start.AddMinutes(3.5), CancellationToken.None)).Settled);
    }

    [Fact]
    public async Task Its_timelines_show_the_record_as_recorded_then_as_corrected_then_not_at_all()
    {
        var timelines = new TimelineQueries(_readModel);
        var filter = new TimelineFilter(null, null, [], 1, 50);

        async Task<string> Psu(long position) => string.Join(" ", (await timelines.ForInstitutionAsync("psu", filter, ReadModelTables.AsOf(position),
            CancellationToken.None)).Entries.Select(e => $"{e.Date}:{e.Title}"));

        Assert.Equal("", await Psu(0));
        Assert.Equal("2019-01-01:Meeting m", await Psu(1));
        Assert.Equal("2019-01-01:Meeting m", await Psu(2));
        Assert.Equal("2021-03:Signing in Almaty", await Psu(3));
        Assert.Equal("", await Psu(4));
        var ouc = await timelines.ForInstitutionAsync("ouc", filter, ReadModelTables.AsOf(3), CancellationToken.None);
        Assert.Equal(["other", "m"], ouc.Entries.Select(e => e.RecordId));
        Assert.Equal(2, ouc.Total);
        var kz = await timelines.ForCountryAsync("KZ", filter, ReadModelTables.AsOf(3), CancellationToken.None);
        Assert.Equal(["m"], kz.Entries.Select(e => e.RecordId));
        Assert.Empty((await timelines.ForCountryAsync("KZ", filter, ReadModelTables.AsOf(4), CancellationToken.None)).Entries);
    }

    [Fact]
    public async Task Its_counts_follow_it_from_its_first_year_to_its_corrected_year_to_nothing()
    {
        var byYear = new ActivityByYearQuery(_readModel);
        var byMonth = new ActivityByMonthQuery(_readModel);

        async Task<string> Years(long position, ActivityFilter filter) => string.Join(" ",
            (await byYear.RunAsync(filter, ReadModelTables.AsOf(position), CancellationToken.None)).Years.Select(y => $"{y.Year}:{y.Total}"));

        Assert.Equal("2019:1 2020:1", await Years(2, new ActivityFilter()));
        Assert.Equal("2020:1 2021:1", await Years(3, new ActivityFilter()));
        Assert.Equal("2020:1", await Years(4, new ActivityFilter()));
        Assert.Equal("2021:1", await Years(3, new ActivityFilter(InstitutionId: "psu")));
        Assert.Equal("2019:1", await Years(2, new ActivityFilter(Country: "KZ", GroupBy: ActivityGrouping.Institution)));
        var march = await byMonth.RunAsync(2021, new ActivityFilter(), ReadModelTables.AsOf(3), CancellationToken.None);
        Assert.Equal([3], march.Months.Select(m => m.Month));
        Assert.Equal(0, (await byMonth.RunAsync(2021, new ActivityFilter(), ReadModelTables.AsOf(4), CancellationToken.None)).Total);
    }

    [Fact]
    public async Task Its_catalogue_counts_and_search_words_are_those_it_had_then()
    {
        var catalogue = new CatalogueQueries(_readModel);
        var search = new RecordListQuery(_readModel);

        async Task<string> Found(string words, long position) => string.Join(" ", (await search.RunAsync(
            new RecordListFilter(SearchExpression.Of(SearchExpression.WordsOf(words)), null, null, [], null, null, 10, null),
            ReadModelTables.AsOf(position), CancellationToken.None)).Entries.Select(e => e.RecordId));

        Assert.Equal(0, (await catalogue.InstitutionsAsync(CataloguePage.Everything, ReadModelTables.AsOf(0), CancellationToken.None)).Total);
        Assert.Equal(1, (await catalogue.InstitutionAsync("psu", ReadModelTables.AsOf(3), CancellationToken.None))!.Records);
        Assert.Equal(0, (await catalogue.InstitutionAsync("psu", ReadModelTables.AsOf(4), CancellationToken.None))!.Records);
        Assert.Equal(["CN:2", "KZ:1"], await Countries(catalogue, 3));
        Assert.Equal(["CN:1"], await Countries(catalogue, 4));
        Assert.Equal("m", await Found("toraighyrov", 2));
        Assert.Equal("", await Found("almaty", 2));
        Assert.Equal("m", await Found("almaty", 3));
        Assert.Equal("", await Found("toraighyrov", 4));
        Assert.Equal("", await Found("almaty", 4));
        var listed = await search.RunAsync(new RecordListFilter(null, null, null, [], null, null, 10, null), ReadModelTables.AsOf(3), CancellationToken.None);
        Assert.Equal(["m", "other"], listed.Entries.Select(e => e.RecordId).Order());
    }

    private static async Task<List<string>> Countries(CatalogueQueries catalogue, long position) =>
        (await catalogue.CountriesAsync(CataloguePage.Everything, ReadModelTables.AsOf(position), CancellationToken.None))
        .Entries.Select(c => $"{c.Code}:{c.Records}").ToList();

    public void Dispose()
    {
        _readModel.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
