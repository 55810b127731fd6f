using System.Text.Json.Nodes;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Activity;

/// <summary>
/// Activity counts with several kinds, a range of years and groupings, and month by month. Each test records
/// under an institution of its own and filters by it, so tests sharing the service never count each other's records.
/// </summary>
public sealed class Counting_activity(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Several_kinds_and_a_range_of_years_count_only_those_records()
    {
        var institution = NewId("inst");
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: "2014-05-02"));
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: "2016-05-02"));
        await _api.RecordAndProjectAsync(Agreement(NewId("rec"), institution, date: "2017-01"));
        await _api.RecordAndProjectAsync(Training(NewId("rec"), institution, date: "2017-03-04"));
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: "XXXX"));

        var report = await _api.GetJsonAsync($"/api/activity/by-year?institution={institution}&kinds=MeetingHeld,AgreementSigned&from=2015&to=2017");

        Assert.Equal(2, report["total"]!.GetValue<int>());
        Assert.Equal(["{\"year\":2016,\"total\":1,\"byKind\":{\"MeetingHeld\":1}}", "{\"year\":2017,\"total\":1,\"byKind\":{\"AgreementSigned\":1}}"],
            report["years"]!.AsArray().Select(y => y!.ToJsonString()));
        Assert.Equal(0, report["undated"]!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_old_kind_parameter_still_counts_one_kind_and_adds_to_kinds()
    {
        var institution = NewId("inst");
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: "2016-05-02"));
        await _api.RecordAndProjectAsync(Agreement(NewId("rec"), institution, date: "2016-06-01"));
        await _api.RecordAndProjectAsync(Training(NewId("rec"), institution, date: "2016-07-01"));

        var one = await _api.GetJsonAsync($"/api/activity/by-year?institution={institution}&kind=MeetingHeld");
        var two = await _api.GetJsonAsync($"/api/activity/by-year?institution={institution}&kind=MeetingHeld&kinds=TrainingHeld");

        Assert.Equal(1, one["total"]!.GetValue<int>());
        Assert.Equal(2, two["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Grouping_by_country_counts_a_record_once_in_each_of_its_countries_and_groups_the_undated_too()
    {
        var institution = NewId("inst");
        var both = Meeting(NewId("rec"), institution, date: "2018-02-03", country: "KE");
        both["countries"] = new JsonArray("KE", "TZ");
        await _api.RecordAndProjectAsync(both);
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: "2018-09-09", country: "KE"));
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: "XXXX", country: "KE"));

        var report = await _api.GetJsonAsync($"/api/activity/by-year?institution={institution}&groupBy=country");

        var year = Assert.Single(report["years"]!.AsArray())!;
        Assert.Equal(2, year["total"]!.GetValue<int>());
        Assert.Equal("{\"KE\":2,\"TZ\":1}", year["groups"]!.ToJsonString());
        Assert.Equal("{\"KE\":1}", report["undated"]!["groups"]!.ToJsonString());
    }

    [Fact]
    public async Task Grouping_by_institution_keys_the_groups_by_institution_id_and_by_kind_repeats_byKind()
    {
        var (institution, partner) = (NewId("inst"), NewId("partner"));
        var shared = Meeting(NewId("rec"), institution, date: "2012-04-04");
        shared["institutions"]!.AsArray().Add(Institution(partner));
        await _api.RecordAndProjectAsync(shared);
        await _api.RecordAndProjectAsync(Agreement(NewId("rec"), institution, date: "2012-10-10"));

        var byInstitution = await _api.GetJsonAsync($"/api/activity/by-year?institution={institution}&groupBy=institution");
        var byKind = await _api.GetJsonAsync($"/api/activity/by-year?institution={institution}&groupBy=kind");

        var groups = Assert.Single(byInstitution["years"]!.AsArray())!["groups"]!.AsObject();
        Assert.Equal(2, groups[institution]!.GetValue<int>());
        Assert.Equal(1, groups[partner]!.GetValue<int>());
        var year = Assert.Single(byKind["years"]!.AsArray())!;
        Assert.Equal(year["byKind"]!.ToJsonString(), year["groups"]!.ToJsonString());
    }

    [Fact]
    public async Task Without_groupBy_the_years_carry_no_groups()
    {
        var institution = NewId("inst");
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: "2011-01-01"));

        var report = await _api.GetJsonAsync($"/api/activity/by-year?institution={institution}");

        Assert.Null(Assert.Single(report["years"]!.AsArray())!["groups"]);
        Assert.Null(report["undated"]!["groups"]);
    }

    [Fact]
    public async Task By_month_counts_the_month_of_the_earliest_day_and_puts_year_only_records_apart()
    {
        var institution = NewId("inst");
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: "2019-12-24/2020-01-03"));
        await _api.RecordAndProjectAsync(Agreement(NewId("rec"), institution, date: "2019-12"));
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: "2019-03-08"));
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: "2019"));
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: "2020-01-05"));

        var report = await _api.GetJsonAsync($"/api/activity/by-month?year=2019&institution={institution}");

        Assert.Equal(2019, report["year"]!.GetValue<int>());
        Assert.Equal(4, report["total"]!.GetValue<int>());
        Assert.Equal(["{\"month\":3,\"total\":1,\"byKind\":{\"MeetingHeld\":1}}", "{\"month\":12,\"total\":2,\"byKind\":{\"AgreementSigned\":1,\"MeetingHeld\":1}}"],
            report["months"]!.AsArray().Select(m => m!.ToJsonString()));
        Assert.Equal("{\"total\":1,\"byKind\":{\"MeetingHeld\":1}}", report["withoutMonth"]!.ToJsonString());
    }

    [Fact]
    public async Task By_month_takes_the_same_kinds_and_grouping()
    {
        var institution = NewId("inst");
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: "2013-06-01", country: "UG"));
        await _api.RecordAndProjectAsync(Agreement(NewId("rec"), institution, date: "2013-06-20", country: "UG"));

        var report = await _api.GetJsonAsync($"/api/activity/by-month?year=2013&institution={institution}&kinds=AgreementSigned&groupBy=country");

        var month = Assert.Single(report["months"]!.AsArray())!;
        Assert.Equal(1, month["total"]!.GetValue<int>());
        Assert.Equal("{\"UG\":1}", month["groups"]!.ToJsonString());
        Assert.Equal("{}", report["withoutMonth"]!["groups"]!.ToJsonString());
    }

    [Theory]
    [InlineData("/api/activity/by-year?kinds=MeetingHeld,Parade", "kinds")]
    [InlineData("/api/activity/by-year?kind=1", "kind")]
    [InlineData("/api/activity/by-year?from=20x9", "from")]
    [InlineData("/api/activity/by-year?from=2020&to=2019", "to")]
    [InlineData("/api/activity/by-year?to=%2B201", "to")]
    [InlineData("/api/activity/by-year?groupBy=month", "groupBy")]
    [InlineData("/api/activity/by-year?country=XX", "country")]
    [InlineData("/api/activity/by-month", "year")]
    [InlineData("/api/activity/by-month?year=19", "year")]
    [InlineData("/api/activity/by-month?year=2019&groupBy=1", "groupBy")]
    public async Task A_bad_filter_is_refused_with_400_naming_it(string path, string field)
    {
        using var response = await _api.Http.GetAsync(path);

        await Problems.AssertInvalidAsync(response, field);
    }

    private static JsonObject Training(string recordId, string institutionId, string date)
    {
        var body = Meeting(recordId, institutionId, date);
        body["kind"] = "TrainingHeld";
        return body;
    }
}
