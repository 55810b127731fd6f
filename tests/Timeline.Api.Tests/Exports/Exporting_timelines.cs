using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Exports;

public sealed class Exporting_timelines(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_CSV_export_reads_back_cell_for_cell_with_awkward_titles_intact_and_formulas_disarmed()
    {
        var institution = NewId("inst");
        string[] titles = ["Signing, at last", "The \"open\" university", "Two lines\r\nof title", "=HYPERLINK(\"x\")", "+1 visit", "@home", "-5 degrees"];
        for (var i = 0; i < titles.Length; i++)
        {
            var body = Meeting(NewId("rec"), institution, date: $"2019-0{i + 1}");
            body["title"] = titles[i];
            await _api.RecordAndProjectAsync(body);
        }

        using var response = await _api.Http.GetAsync($"/api/timelines/institutions/{institution}/export?format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = CsvReader.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal("record_id", rows[0][0]);
        var titleColumn = rows[0].IndexOf("title");
        Assert.Equal(
            ["Signing, at last", "The \"open\" university", "Two lines\r\nof title", "'=HYPERLINK(\"x\")", "'+1 visit", "'@home", "'-5 degrees"],
            rows.Skip(1).Select(row => row[titleColumn]));
        Assert.All(rows, row => Assert.Equal(rows[0].Count, row.Count));
        Assert.Equal("2019-01", rows[1][rows[0].IndexOf("date")]);
        Assert.Equal("2019-01-31", rows[1][rows[0].IndexOf("latest")]);
    }

    [Fact]
    public async Task A_TimelineJS_export_maps_a_day_a_month_a_range_and_an_uncertain_date_onto_its_date_fields()
    {
        var institution = NewId("inst");
        foreach (var date in new[] { "2018-12-17", "2019-06", "2020-11-17/2020-11-18", "2021?" })
            await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: date));

        using var response = await _api.Http.GetAsync($"/api/timelines/institutions/{institution}/export?format=timelinejs");
        var timeline = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        var events = timeline["events"]!.AsArray();
        Assert.Equal(4, events.Count);
        Assert.Equal("""{"year":2018,"month":12,"day":17,"display_date":"17 December 2018"}""", events[0]!["start_date"]!.ToJsonString());
        Assert.Equal("""{"year":2019,"month":6,"display_date":"June 2019"}""", events[1]!["start_date"]!.ToJsonString());
        Assert.Equal("""{"year":2020,"month":11,"day":17,"display_date":"17 November 2020"}""", events[2]!["start_date"]!.ToJsonString());
        Assert.Equal("""{"year":2020,"month":11,"day":18,"display_date":"18 November 2020"}""", events[2]!["end_date"]!.ToJsonString());
        Assert.Equal("17-18 November 2020", events[2]!["display_date"]!.GetValue<string>());
        Assert.Equal("""{"year":2021,"display_date":"possibly 2021"}""", events[3]!["start_date"]!.ToJsonString());
        Assert.Equal("possibly 2021", events[3]!["display_date"]!.GetValue<string>());
        Assert.Contains("EDTF: 2021?", events[3]!["text"]!["text"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(timeline["title"]!["text"]!["headline"]!.GetValue<string>()));
        Assert.All(events, e => Assert.Equal("MeetingHeld", e!["group"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_JSON_LD_export_is_a_schema_org_item_list_of_events_carrying_their_EDTF()
    {
        var institution = NewId("inst");
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: "2018-12-17"));
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: "2019-XX"));

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/timelines/institutions/{institution}/export");
        request.Headers.Accept.ParseAdd("application/ld+json");
        using var response = await _api.Http.SendAsync(request);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("https://schema.org", document["@context"]!.GetValue<string>());
        Assert.Equal("ItemList", document["@type"]!.GetValue<string>());
        var events = document["itemListElement"]!.AsArray().Select(item => item!["item"]!).ToList();
        Assert.All(events, e => Assert.Equal("Event", e["@type"]!.GetValue<string>()));
        Assert.Equal("2018-12-17", events[0]["startDate"]!.GetValue<string>());
        Assert.Null(events[1]["startDate"]);
        Assert.Equal("2019-XX", events[1]["additionalProperty"]!["value"]!.GetValue<string>());
        Assert.Equal("Organization", events[0]["organizer"]![0]!["@type"]!.GetValue<string>());
        Assert.Equal("Place", events[0]["location"]![0]!["@type"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_export_streams_the_whole_timeline_past_any_page_limit_in_date_order()
    {
        var institution = NewId("inst");
        const int records = 1_100;
        var last = 0L;
        for (var i = 0; i < records; i++)
        {
            var body = Meeting(NewId("rec"), institution, date: $"{2000 + i % 20}-{1 + i % 12:D2}", country: "KE");
            last = (await ApiClient.AcceptedAsync(await _api.RecordAsync(body), HttpStatusCode.Created)).Position;
        }
        await _api.WaitForProjectionsAsync(last);

        using var response = await _api.Http.GetAsync($"/api/timelines/institutions/{institution}/export?format=jsonl",
            HttpCompletionOption.ResponseHeadersRead);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(records, lines.Length);
        var dates = lines.Select(line => JsonNode.Parse(line)!["entry"]!["date"]!.GetValue<string>()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Equal(records, dates.Count);
    }

    [Fact]
    public async Task Activity_by_year_exports_as_rows_of_year_kind_and_records()
    {
        var institution = NewId("inst");
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: "2017-05"));
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: "XXXX"));

        var text = await _api.Http.GetStringAsync($"/api/activity/by-year/export?institution={institution}&format=csv");

        Assert.Equal(["year,kind,records", "2017,MeetingHeld,1", ",MeetingHeld,1"], text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("/api/timelines/institutions/ouc/export?format=xlsx", "format")]
    [InlineData("/api/timelines/countries/XX/export", "countryCode")]
    [InlineData("/api/activity/by-year/export?format=timelinejs", "format")]
    public async Task A_bad_export_request_is_refused_with_the_field_at_fault(string path, string field)
    {
        using var response = await _api.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![field]);
    }

    [Fact]
    public async Task Exporting_an_institution_no_record_names_answers_404()
    {
        using var response = await _api.Http.GetAsync($"/api/timelines/institutions/{NewId("inst")}/export");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
