using Timeline.Domain.Countries;
using Timeline.Domain.Dates;
using Timeline.Domain.Institutions;
using Timeline.Domain.People;
using Timeline.Domain.Records;
using Timeline.EventStore;
using Timeline.Projections.People;
using Timeline.Projections.Registry;
using Timeline.Projections.Storage;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Tests;

/// <summary>The registry, people and places in the read model: folded with the records, the same after a rebuild.</summary>
public sealed class Folding_the_registry : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("timeline-registry-").FullName;

    private static readonly InstitutionRef Crtvu = new("crtvu", "CRTVU", "CRTVU", CountryCode.Parse("CN"), InstitutionRole.Host);

    /// <summary>Records and registry events interleaved in one log: an alias named before and after it is added, a merge, a correction, a retraction.</summary>
    private static List<object> History()
    {
        var visit = Given.Visit("visit", "2019-12-24", [Given.Ouc, Given.Psu], "KZ") with { };
        var withPeople = new MeetingHeld("talk", Given.Facts("2005-04-02", "Talk", [Crtvu]) with
        {
            People = [new Person("Jing Degang", null, "ouc")],
            Places = ["Beijing"],
        });
        return
        [
            new InstitutionRegistered("ouc", "Central Radio and TV University", "CRTVU", CountryCode.Parse("CN"), null),
            new InstitutionRenamed("ouc", "Open University of China", "OUC", HistoricalDate.Parse("2012-07-31"), "Renamed."),
            withPeople,
            visit,
            new InstitutionRegistered("psu", "Pavlodar State University", "PSU", CountryCode.Parse("KZ"), "visit"),
            new InstitutionAliasAdded("ouc", "crtvu"),
            Given.Meeting("later", "2015-01-01", Crtvu),
            new RecordCorrected("talk", new FactChanges(Places: ["Beijing", "Xi'an"]), "Two places."),
            new InstitutionRegistered("other", "Other College", null, null, null),
            Given.Meeting("other-meeting", "2016-01-01", Given.Ouc with { Id = "other" }),
            new InstitutionMerged("other", "ouc"),
            new RecordRetracted("later", "Not ours."),
        ];
    }

    private static List<StoredEvent> Stored() => Log.Stored(History());

    private static void Apply(SqliteReadModel readModel, IReadOnlyList<StoredEvent> batch) => Log.Apply(readModel, batch);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public async Task Folding_in_batches_of_any_size_equals_a_rebuild_in_one(int batchSize)
    {
        var log = Stored();
        using var incremental = new SqliteReadModel(Path.Combine(_folder, $"incremental-{batchSize}.db"));
        foreach (var batch in log.Chunk(batchSize))
            Apply(incremental, batch);
        using var rebuilt = new SqliteReadModel(Path.Combine(_folder, $"rebuilt-{batchSize}.db"));
        rebuilt.BeginBulkLoad();
        Apply(rebuilt, log);
        rebuilt.EndBulkLoad();

        var rows = await ReadModelDump.OfAsync(incremental);
        Assert.Equal(rows, await ReadModelDump.OfAsync(rebuilt));
        Assert.Contains(rows, row => row.StartsWith("registry_names: ouc | 20120731 | Open University of China", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Entries_of_an_alias_and_of_a_merged_institution_sit_on_the_timeline_named_by_the_registry_as_of_their_dates()
    {
        using var readModel = new SqliteReadModel(Path.Combine(_folder, "readmodel.db"));
        Apply(readModel, Stored());
        var registry = new RegistryQueries(readModel);
        var filter = new TimelineFilter(null, null, [], 1, 50);

        var page = await new TimelineQueries(readModel).ForInstitutionAsync("ouc", filter, CancellationToken.None);
        var named = await registry.NamedAsOfTheirDatesAsync(page.Entries, CancellationToken.None);

        Assert.Equal(["talk", "other-meeting", "visit"], named.Select(e => e.RecordId));
        Assert.Equal("Central Radio and TV University", named[0].RegistryNames!["crtvu"]);
        Assert.Equal("Open University of China", named[1].RegistryNames!["other"]);
        Assert.Equal("Open University of China", named[2].RegistryNames!["ouc"]);
        Assert.Equal("Pavlodar State University", named[2].RegistryNames!["psu"]);
        Assert.Equal("ouc", await registry.CanonicalIdAsync("crtvu", CancellationToken.None));
        Assert.Equal("ouc", await registry.CanonicalIdAsync("other", CancellationToken.None));
        Assert.Null(await registry.CanonicalIdAsync("ouc", CancellationToken.None));
    }

    [Fact]
    public async Task Names_read_straight_after_a_rename_and_a_merge_are_folded_are_the_new_ones()
    {
        using var readModel = new SqliteReadModel(Path.Combine(_folder, "renamed.db"));
        var registry = new RegistryQueries(readModel);
        var log = Log.Stored([
            new InstitutionRegistered("ouc", "Central Radio and TV University", "CRTVU", CountryCode.Parse("CN"), null),
            new InstitutionRegistered("other", "Other College", null, null, null),
            Given.Meeting("meeting", "2016-01-01", Given.Ouc, Given.Ouc with { Id = "other" }),
            new InstitutionRenamed("ouc", "Open University of China", "OUC", HistoricalDate.Parse("2012-07-31"), "Renamed."),
            new InstitutionMerged("other", "ouc"),
        ]);
        Apply(readModel, log[..3]);
        var before = await NamesOnAsync(readModel, registry, "ouc");
        Assert.Null(await registry.CanonicalIdAsync("other", CancellationToken.None));

        Apply(readModel, log[3..]);

        Assert.Equal("Central Radio and TV University", before["ouc"]);
        Assert.Equal("Other College", before["other"]);
        var after = await NamesOnAsync(readModel, registry, "ouc");
        Assert.Equal("Open University of China", after["ouc"]);
        Assert.Equal("Open University of China", after["other"]);
        Assert.Equal("ouc", await registry.CanonicalIdAsync("other", CancellationToken.None));
        Assert.Equal("ouc", await registry.RedirectOfAsync("other", CancellationToken.None));
    }

    private static async Task<IReadOnlyDictionary<string, string>> NamesOnAsync(SqliteReadModel readModel, RegistryQueries registry, string institutionId)
    {
        var page = await new TimelineQueries(readModel).ForInstitutionAsync(institutionId, new TimelineFilter(null, null, [], 1, 50), CancellationToken.None);
        var named = await registry.NamedAsOfTheirDatesAsync(page.Stored, CancellationToken.None);
        return Assert.Single(named).RegistryNames!;
    }

    [Fact]
    public async Task People_and_places_count_the_visible_records_after_corrections()
    {
        using var readModel = new SqliteReadModel(Path.Combine(_folder, "people.db"));
        Apply(readModel, Stored());
        var people = new PeopleQueries(readModel);

        var places = await people.ListAsync(Named.Places, null, 0, 10, CancellationToken.None);
        var xian = await people.RecordsAsync(Named.Places, "Xi'an", 0, 10, CancellationToken.None);
        var jing = await people.ListAsync(Named.People, "degang", 0, 10, CancellationToken.None);

        Assert.Equal(["Beijing", "Xi'an"], places.Entries.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("talk", Assert.Single(xian.Entries).RecordId);
        Assert.Equal(new NameSummary("Jing Degang", 1), Assert.Single(jing.Entries));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
