using System.Net;
using System.Text.Json.Nodes;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Timelines;

/// <summary>EDTF level-1 dates (uncertain, unspecified, open-ended, seasons) recorded through the API and read back on a timeline.</summary>
public sealed class Placing_level_1_dates_on_a_timeline(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task An_uncertain_date_is_recorded_as_given_and_shown_on_the_timeline_with_words_for_people()
    {
        var institution = NewId("inst");
        var recordId = NewId("rec");

        await _api.RecordAndProjectAsync(Meeting(recordId, institution, date: "2019?"));

        var entry = Assert.Single((await _api.GetJsonAsync($"/api/timelines/institutions/{institution}"))["entries"]!.AsArray())!;
        Assert.Equal("2019?", entry["date"]!.GetValue<string>());
        Assert.Equal("possibly 2019", entry["dateDisplay"]!.GetValue<string>());
        var record = await _api.GetJsonAsync($"/api/records/{recordId}");
        Assert.Equal("2019?", record["facts"]!["date"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_timeline_orders_by_earliest_day_then_log_position_with_dates_of_no_earliest_day_last()
    {
        var institution = NewId("inst");
        string[] recordedInThisOrder = ["../2018", "2018-12-01/..", "XXXX", "201X", "2018-12-XX", "2018-21", "2018~", "2017-06/2018?"];
        foreach (var date in recordedInThisOrder)
            await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: date));

        var entries = (await _api.GetJsonAsync($"/api/timelines/institutions/{institution}"))["entries"]!.AsArray();

        string[] expected = ["201X", "2017-06/2018?", "2018~", "2018-21", "2018-12-01/..", "2018-12-XX", "../2018", "XXXX"];
        Assert.Equal(expected, entries.Select(e => e!["date"]!.GetValue<string>()));
        Assert.Equal(
            ["the 2010s", "June 2017 - possibly 2018", "about 2018", "spring 2018", "from 1 December 2018, end open",
             "December 2018, day unknown", "date unknown (by 2018)", "date unknown"],
            entries.Select(e => e!["dateDisplay"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_date_filter_keeps_open_ended_dates_that_overlap_it_and_leaves_out_those_with_no_earliest_day()
    {
        var institution = NewId("inst");
        foreach (var date in new[] { "2015/..", "2019-12-01/", "/2021", "2024-22", "2019-XX" })
            await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: date));

        var entries = (await _api.GetJsonAsync($"/api/timelines/institutions/{institution}?from=2020-01&to=2024-07"))["entries"]!.AsArray();

        Assert.Equal(["2015/..", "2019-12-01/", "2024-22"], entries.Select(e => e!["date"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_date_filter_takes_only_a_plain_day_month_or_year()
    {
        using var response = await _api.Http.GetAsync($"/api/timelines/institutions/{NewId("inst")}?from=2019%3F&to=201X");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("YYYY, YYYY-MM or YYYY-MM-DD", problem["errors"]!["from"]![0]!.GetValue<string>());
        Assert.Contains("YYYY, YYYY-MM or YYYY-MM-DD", problem["errors"]!["to"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_malformed_level_1_date_is_refused_with_what_is_wrong_and_nothing_is_written()
    {
        var head = await _api.HeadAsync();

        using var response = await _api.RecordAsync(Meeting(NewId("rec"), NewId("inst"), date: "2018-25"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("season 25 is not supported", problem["errors"]!["date"]![0]!.GetValue<string>());
        Assert.Equal(head, await _api.HeadAsync());
    }

    [Fact]
    public async Task A_correction_may_make_a_date_approximate()
    {
        var institution = NewId("inst");
        var ack = await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: "2016-05"));

        var corrected = await ApiClient.AcceptedAsync(await _api.CorrectAsync(ack.RecordId, new JsonObject { ["date"] = "2016-05~" }));
        await _api.WaitForProjectionsAsync(corrected.Position);

        var entry = Assert.Single((await _api.GetJsonAsync($"/api/timelines/institutions/{institution}"))["entries"]!.AsArray())!;
        Assert.Equal("about May 2016", entry["dateDisplay"]!.GetValue<string>());
    }
}
