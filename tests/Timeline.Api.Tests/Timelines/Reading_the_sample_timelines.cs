using System.Text.Json.Nodes;

namespace Timeline.Api.Tests.Timelines;

/// <summary>The service as a newcomer first sees it: the 13 sample records of the OUC newsroom and one from its CRTVU years.</summary>
public sealed class Reading_the_sample_timelines(SampleDataApi factory) : IClassFixture<SampleDataApi>, IAsyncLifetime
{
    private static readonly string[] OucDatesInOrder =
    [
        "1979-02", "2018-12-17", "2019-12-01/2019-12-08", "2019-12-12/2019-12-13", "2019-12-24/2019-12-28",
        "2020-05-19", "2020-11-17/2020-11-18", "2024-07-12", "2024-07-14",
        "XXXX", "XXXX", "XXXX", "XXXX", "XXXX",
    ];

    private readonly ApiClient _api = factory.CreateApiClient();

    public Task InitializeAsync() => _api.CatchUpAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_OUC_timeline_lists_all_14_records_by_date_with_unknown_dates_last()
    {
        var timeline = await _api.GetJsonAsync("/api/timelines/institutions/ouc");

        Assert.Equal("ouc", timeline["institution"]!["id"]!.GetValue<string>());
        Assert.Equal(14, timeline["total"]!.GetValue<long>());
        var entries = Entries(timeline);
        Assert.Equal(OucDatesInOrder, entries.Select(DateOf));
        Assert.Equal("AgreementSigned", entries[1]["kind"]!.GetValue<string>());
        Assert.Contains("Universal College", entries[1]["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_OUC_timeline_shows_entries_before_its_2012_rename_under_the_old_name()
    {
        var timeline = await _api.GetJsonAsync("/api/timelines/institutions/ouc");

        Assert.Equal("Open University of China", timeline["institution"]!["name"]!.GetValue<string>());
        Assert.Equal(["Central Radio and TV University", .. Enumerable.Repeat("Open University of China", 13)],
            Entries(timeline).Select(e => e["registryNames"]!["ouc"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_Kazakhstan_timeline_holds_the_December_2019_delegation_visit()
    {
        var timeline = await _api.GetJsonAsync("/api/timelines/countries/KZ");

        Assert.Equal("KZ", timeline["country"]!["code"]!.GetValue<string>());
        Assert.Equal("Kazakhstan", timeline["country"]!["name"]!.GetValue<string>());
        var visit = Assert.Single(Entries(timeline));
        Assert.Equal("2019-12-24/2019-12-28", DateOf(visit));
        Assert.Equal("DelegationVisited", visit["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Country_codes_on_a_timeline_are_read_in_any_case()
    {
        var timeline = await _api.GetJsonAsync("/api/timelines/countries/kz");

        Assert.Equal("KZ", timeline["country"]!["code"]!.GetValue<string>());
        Assert.Single(Entries(timeline));
    }

    [Fact]
    public async Task Activity_by_year_counts_1979_2018_2019_2020_and_2024_and_five_undated_records()
    {
        var report = await _api.GetJsonAsync("/api/activity/by-year");

        Assert.Equal(
            new[] { (1979, 1), (2018, 1), (2019, 3), (2020, 2), (2024, 2) },
            Years(report));
        Assert.Equal(5, report["undated"]!["total"]!.GetValue<int>());
        Assert.Equal(14, report["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Activity_by_year_for_Kazakhstan_counts_one_record_in_2019()
    {
        var report = await _api.GetJsonAsync("/api/activity/by-year?country=KZ");

        Assert.Equal(new[] { (2019, 1) }, Years(report));
        Assert.Equal(0, report["undated"]!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Activity_by_year_for_one_kind_counts_only_that_kind()
    {
        var report = await _api.GetJsonAsync("/api/activity/by-year?kind=DelegationVisited&institution=ouc");

        Assert.Equal(new[] { (2019, 3) }, Years(report));
        Assert.Equal(1, report["undated"]!["total"]!.GetValue<int>());
        Assert.Equal(3, report["years"]![0]!["byKind"]!["DelegationVisited"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_institution_list_includes_OUC_with_its_14_records()
    {
        var institutions = (await _api.GetJsonAsync("/api/institutions")).AsArray();

        var ouc = Assert.Single(institutions, i => i!["id"]!.GetValue<string>() == "ouc");
        Assert.Equal(14, ouc!["records"]!.GetValue<long>());
        Assert.Equal("Open University of China", ouc["name"]!.GetValue<string>());
        Assert.Contains(institutions, i => i!["id"]!.GetValue<string>() == "psu");
    }

    [Fact]
    public async Task The_country_list_includes_Kazakhstan()
    {
        var countries = (await _api.GetJsonAsync("/api/countries")).AsArray();

        var kazakhstan = Assert.Single(countries, c => c!["code"]!.GetValue<string>() == "KZ");
        Assert.Equal("Kazakhstan", kazakhstan!["name"]!.GetValue<string>());
        Assert.Equal(1, kazakhstan["records"]!.GetValue<long>());
    }

    [Fact]
    public async Task Filtering_by_kind_keeps_the_two_OUC_agreements()
    {
        var timeline = await _api.GetJsonAsync("/api/timelines/institutions/ouc?kinds=AgreementSigned");

        Assert.Equal(2, timeline["total"]!.GetValue<long>());
        Assert.Equal(new[] { "2018-12-17", "2020-05-19" }, Entries(timeline).Select(DateOf));
        Assert.All(Entries(timeline), e => Assert.Equal("AgreementSigned", e["kind"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Kinds_are_read_in_any_letter_case()
    {
        var timeline = await _api.GetJsonAsync("/api/timelines/institutions/ouc?kinds=agreementsigned");

        Assert.Equal(2, timeline["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task Filtering_by_several_kinds_keeps_each_of_them()
    {
        var timeline = await _api.GetJsonAsync("/api/timelines/institutions/ouc?kinds=AgreementSigned,TrainingHeld");

        Assert.Equal(5, timeline["total"]!.GetValue<long>());
        Assert.Equal(new[] { "2018-12-17", "2020-05-19", "2020-11-17/2020-11-18", "2024-07-14", "XXXX" }, Entries(timeline).Select(DateOf));
    }

    [Fact]
    public async Task Filtering_by_from_and_to_keeps_the_dates_overlapping_them_and_drops_unknown_dates()
    {
        var in2019 = await _api.GetJsonAsync("/api/timelines/institutions/ouc?from=2019&to=2019");
        var fromMay2020 = await _api.GetJsonAsync("/api/timelines/institutions/ouc?from=2020-05");
        var untilDecember2019 = await _api.GetJsonAsync("/api/timelines/institutions/ouc?to=2019-12-05");

        Assert.Equal(OucDatesInOrder[2..5], Entries(in2019).Select(DateOf));
        Assert.Equal(OucDatesInOrder[5..9], Entries(fromMay2020).Select(DateOf));
        Assert.Equal(4, fromMay2020["total"]!.GetValue<long>());
        Assert.Equal(OucDatesInOrder[..3], Entries(untilDecember2019).Select(DateOf));
    }

    [Fact]
    public async Task The_second_page_of_five_holds_the_next_five_records_in_order()
    {
        var everything = Entries(await _api.GetJsonAsync("/api/timelines/institutions/ouc"));
        var page = await _api.GetJsonAsync("/api/timelines/institutions/ouc?pageSize=5&page=2");

        Assert.Equal(14, page["total"]!.GetValue<long>());
        Assert.Equal(2, page["page"]!.GetValue<int>());
        Assert.Equal(5, page["pageSize"]!.GetValue<int>());
        Assert.Equal(everything.Skip(5).Take(5).Select(IdOf), Entries(page).Select(IdOf));
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_but_still_counts_the_total()
    {
        var page = await _api.GetJsonAsync("/api/timelines/institutions/ouc?pageSize=5&page=4");

        Assert.Empty(Entries(page));
        Assert.Equal(14, page["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task Sample_records_are_recorded_by_the_sample_data_loader_in_one_import_batch()
    {
        var first = Entries(await _api.GetJsonAsync("/api/timelines/institutions/ouc"));
        var records = await Task.WhenAll(first.Take(2).Select(e => _api.GetJsonAsync($"/api/records/{IdOf(e)}")));

        var recorded = records.Select(r => Assert.Single(r["history"]!.AsArray())!).ToList();
        Assert.All(recorded, h => Assert.Equal("sample-data", h["recordedBy"]!.GetValue<string>()));
        var batch = recorded[0]["importBatch"]!.GetValue<string>();
        Assert.StartsWith("sample-data-", batch);
        Assert.Equal(batch, recorded[1]["importBatch"]!.GetValue<string>());
    }

    private static List<JsonNode> Entries(JsonNode timeline) => timeline["entries"]!.AsArray().Select(e => e!).ToList();

    private static string DateOf(JsonNode entry) => entry["date"]!.GetValue<string>();

    private static string IdOf(JsonNode entry) => entry["recordId"]!.GetValue<string>();

    private static List<(int Year, int Total)> Years(JsonNode report) =>
        report["years"]!.AsArray().Select(y => (y!["year"]!.GetValue<int>(), y["total"]!.GetValue<int>())).ToList();
}
