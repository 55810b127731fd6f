using System.Net;
using System.Text.Json.Nodes;
using Timeline.Api.Tests.Records;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.AsOf;

/// <summary>
/// One record recorded, corrected and retracted on three days of the store's clock, read back through every
/// read-model endpoint as known an hour after each.
/// </summary>
public sealed class Reading_the_read_models_as_known_at_a_time(DailyClockApi factory) : IClassFixture<DailyClockApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    /// <summary>Records, corrects and retracts one record; returns its institution and an hour after each of the three events.</summary>
    private async Task<(string Institution, string RecordId, string[] Moments)> RecordCorrectAndRetractAsync()
    {
        var institution = NewId("inst");
        var recordId = NewId("rec");
        await _api.RecordAndProjectAsync(Meeting(recordId, institution, date: "2015-03-10", country: "IS"));
        await ApiClient.AcceptedAsync(await _api.CorrectAsync(recordId, new JsonObject { ["date"] = "2016-05", ["title"] = "Talks in Zanzibar" }));
        await ApiClient.AcceptedAsync(await _api.RetractAsync(recordId));
        await _api.CatchUpAsync();
        var history = (await _api.GetJsonAsync($"/api/records/{recordId}"))["history"]!.AsArray();
        var moments = history.Select(h => Uri.EscapeDataString(DateTimeOffset.Parse(h!["recordedAt"]!.GetValue<string>()).AddHours(1).ToString("O"))).ToArray();
        return (institution, recordId, moments);
    }

    [Fact]
    public async Task Its_timelines_counts_catalogue_and_search_show_it_recorded_then_corrected_then_retracted()
    {
        var (institution, recordId, at) = await RecordCorrectAndRetractAsync();

        async Task<string> Dates(string path) =>
            string.Join(" ", (await _api.GetJsonAsync(path))["entries"]!.AsArray().Select(e => e!["date"]!.GetValue<string>()));
        async Task<string> Years(string asOf) => string.Join(" ", (await _api.GetJsonAsync($"/api/activity/by-year?institution={institution}&asOf={asOf}"))
            ["years"]!.AsArray().Select(y => $"{y!["year"]}:{y["total"]}"));
        async Task<int> Found(string words, string asOf) => (await _api.GetJsonAsync($"/api/records?q={words}&asOf={asOf}"))["entries"]!.AsArray().Count;

        Assert.Equal(["2015-03-10", "2016-05", ""], await Task.WhenAll(at.Select(a => Dates($"/api/timelines/institutions/{institution}?asOf={a}"))));
        Assert.Equal("2016-05", await Dates($"/api/timelines/countries/IS?asOf={at[1]}&kinds=MeetingHeld"));
        Assert.Equal(["2015:1", "2016:1", ""], await Task.WhenAll(at.Select(Years)));
        var found = await Task.WhenAll(at.Select(a => Found("zanzibar", a)));
        Assert.Equal([0, 1, 0], found);
        Assert.Equal(1, await Found(recordId, at[0]));
        var listed = (await _api.GetJsonAsync($"/api/institutions?q={institution}&asOf={at[1]}")).AsArray();
        Assert.Equal(1, Assert.Single(listed)!["records"]!.GetValue<long>());
        Assert.Empty((await _api.GetJsonAsync($"/api/institutions?q={institution}&asOf=2021-01-01")).AsArray());
        var month = await _api.GetJsonAsync($"/api/activity/by-month?year=2016&institution={institution}&asOf={at[1]}");
        Assert.Equal(1, month["total"]!.GetValue<int>());
        var csv = await _api.Http.GetStringAsync($"/api/timelines/institutions/{institution}/export?format=csv&asOf={at[1]}");
        Assert.Contains("Talks in Zanzibar", csv);
        Assert.Empty((await _api.GetJsonAsync($"/api/timelines/institutions/{institution}"))["entries"]!.AsArray());
    }

    [Fact]
    public async Task An_answer_as_of_a_settled_moment_names_its_position_and_keeps_its_tag_after_later_writes()
    {
        var (institution, _, at) = await RecordCorrectAndRetractAsync();
        var path = $"/api/timelines/institutions/{institution}?asOf={at[1]}";

        using var first = await _api.Http.GetAsync(path);
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution));
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var again = await _api.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.StartsWith("\"a", first.Headers.ETag!.Tag, StringComparison.Ordinal);
        var position = long.Parse(Assert.Single(first.Headers.GetValues("X-As-Of-Position")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(position > 0);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        using var now = await _api.Http.GetAsync($"/api/timelines/institutions/{institution}");
        Assert.False(now.Headers.Contains("X-As-Of-Position"));
        Assert.StartsWith("\"t", now.Headers.ETag!.Tag, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/timelines/institutions/ouc")]
    [InlineData("/api/timelines/countries/KE")]
    [InlineData("/api/activity/by-year")]
    [InlineData("/api/activity/by-month?year=2019")]
    [InlineData("/api/institutions")]
    [InlineData("/api/countries")]
    [InlineData("/api/records")]
    [InlineData("/api/timelines/countries/KE/export")]
    public async Task A_moment_that_is_not_a_date_is_refused_with_a_problem_naming_asOf(string path)
    {
        using var response = await _api.Http.GetAsync(path + (path.Contains('?') ? "&" : "?") + "asOf=yesterday");

        await Problems.AssertInvalidAsync(response, "asOf");
    }
}
