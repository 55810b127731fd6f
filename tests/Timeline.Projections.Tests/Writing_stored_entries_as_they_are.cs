using System.Text.Json;
using System.Text.Json.Serialization;
using Timeline.Domain.Countries;
using Timeline.Domain.Dates;
using Timeline.Domain.Institutions;
using Timeline.Domain.Records;
using Timeline.EventStore.Serialization;
using Timeline.Projections.Registry;
using Timeline.Projections.Storage;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Tests;

/// <summary>
/// A timeline page is written from the entries' stored JSON with the registry names spliced in: the bytes must be
/// those of the entries built as objects, named, and serialised, whatever the entry holds.
/// </summary>
public sealed class Writing_stored_entries_as_they_are : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("timeline-stored-entries-").FullName;

    private sealed record Answer([property: JsonConverter(typeof(TimelineEntriesJsonConverter))] IReadOnlyList<TimelineEntry> Entries);

    private static readonly InstitutionRef Crtvu = new("crtvu", "CRTVU", "CRTVU", CountryCode.Parse("CN"), InstitutionRole.Host);
    private static readonly InstitutionRef Unregistered = new("no-such-college", "Nowhere \"College\" <&>", null, null, InstitutionRole.Party);
    // Stored under the strict encoder, this id holds escapes.
    private static readonly InstitutionRef Escaped = new("\u00e9cole-l'\"id\"", "\u00c9cole", null, null, InstitutionRole.Party);

    private static List<object> History() =>
    [
        new InstitutionRegistered("ouc", "Central Radio and TV University", "CRTVU", CountryCode.Parse("CN"), null),
        new InstitutionRenamed("ouc", "Open University of China", "OUC", HistoricalDate.Parse("2012-07-31"), "Renamed."),
        new InstitutionRegistered(Escaped.Id, "\u00c9cole normale", null, null, null),
        new InstitutionRegistered("psu", "Павлодарский университет \"PSU\" 大学 \U0001F393", "PSU", CountryCode.Parse("KZ"), null),
        Given.Meeting("before-rename", "2005-04-02", Given.Ouc),
        Given.Meeting("after-rename", "2015-01-01", Given.Ouc, Given.Psu),
        new MeetingHeld("unknown-date", Given.Facts("XXXX", "No date, \u00e9l\u00e8ves \u4e2d\u56fd\t\"quoted\"", [Given.Ouc, Unregistered, Escaped]) with
        {
            Places = ["Almaty", "Ulanqab, Inner Mongolia"],
        }),
        Given.Visit("open-end", "2018-12-01/..", [Given.Ouc, Given.Psu, Given.Unesco], "KZ"),
        Given.Meeting("through-alias", "2019-05-19", Crtvu),
        new InstitutionAliasAdded("ouc", "crtvu"),
        Given.Meeting("alias-known", "2010-03-01", Crtvu, Given.Unesco),
        new MeetingHeld("no-institution", Given.Facts("2020-11-17/2020-11-18", "Nobody named", [], "KZ")),
        new RecordCorrected("after-rename", new FactChanges(Title: "Corrected: <b>bold</b> & \u2028 line"), "A typo."),
    ];

    [Theory]
    [InlineData("institutions/ouc")]
    [InlineData("institutions/psu")]
    [InlineData("institutions/no-such-college")]
    [InlineData("countries/KZ")]
    [InlineData("countries/CN")]
    public async Task A_page_written_from_stored_json_is_byte_for_byte_the_named_entries_serialised(string timeline)
    {
        using var readModel = new SqliteReadModel(Path.Combine(_folder, "readmodel.db"));
        Log.Apply(readModel, Log.Stored(History()));
        var registry = new RegistryQueries(readModel);
        var queries = new TimelineQueries(readModel);
        var filter = new TimelineFilter(null, null, [], 1, 50);
        var key = timeline.Split('/')[1];
        var page = timeline.StartsWith("countries/", StringComparison.Ordinal)
            ? await queries.ForCountryAsync(key, filter, CancellationToken.None)
            : await queries.ForInstitutionAsync(key, filter, CancellationToken.None);
        Assert.NotEmpty(page.Stored);

        var asObjects = await registry.NamedAsOfTheirDatesAsync(page.Entries, CancellationToken.None);
        var asStored = await registry.NamedAsOfTheirDatesAsync(page.Stored, CancellationToken.None);

        var expected = JsonSerializer.Serialize(new Answer(asObjects.ToList()), EventJson.Options);
        Assert.Equal(expected, JsonSerializer.Serialize(new Answer(asStored), EventJson.Options));
        // Read back as objects, the stored entries carry the same names.
        Assert.Equal(asObjects.Select(e => e.RegistryNames?.Count), asStored.Select(e => e.RegistryNames?.Count));
    }

    [Fact]
    public async Task The_institution_ids_found_in_stored_json_are_those_of_the_entry_in_its_order()
    {
        using var readModel = new SqliteReadModel(Path.Combine(_folder, "ids.db"));
        Log.Apply(readModel, Log.Stored(History()));
        var page = await new TimelineQueries(readModel).ForInstitutionAsync("ouc", new TimelineFilter(null, null, [], 1, 50), CancellationToken.None);

        Assert.Contains(page.Stored, entry => entry.InstitutionIds().Contains(Escaped.Id));
        Assert.All(page.Stored, entry => Assert.Equal(entry.Entry.Institutions.Select(i => i.Id), entry.InstitutionIds()));
    }

    [Fact]
    public async Task The_registry_names_come_from_the_renamed_and_aliased_institutions_as_of_each_entry_date()
    {
        using var readModel = new SqliteReadModel(Path.Combine(_folder, "named.db"));
        Log.Apply(readModel, Log.Stored(History()));
        var page = await new TimelineQueries(readModel).ForInstitutionAsync("ouc", new TimelineFilter(null, null, [], 1, 50), CancellationToken.None);

        var named = await new RegistryQueries(readModel).NamedAsOfTheirDatesAsync(page.Stored, CancellationToken.None);
        using var written = JsonDocument.Parse(JsonSerializer.Serialize(new Answer(named), EventJson.Options));

        var byRecord = written.RootElement.GetProperty("entries").EnumerateArray()
            .ToDictionary(e => e.GetProperty("recordId").GetString()!, e => e.GetProperty("registryNames"));
        Assert.Equal("Central Radio and TV University", byRecord["before-rename"].GetProperty("ouc").GetString());
        Assert.Equal("Open University of China", byRecord["after-rename"].GetProperty("ouc").GetString());
        Assert.Equal("Central Radio and TV University", byRecord["alias-known"].GetProperty("crtvu").GetString());
        Assert.Equal("Open University of China", byRecord["through-alias"].GetProperty("crtvu").GetString());
        Assert.False(byRecord["unknown-date"].TryGetProperty("no-such-college", out _));
        Assert.Equal("\u00c9cole normale", byRecord["unknown-date"].GetProperty(Escaped.Id).GetString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
