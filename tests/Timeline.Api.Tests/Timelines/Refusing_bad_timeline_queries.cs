using System.Net;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Timelines;

/// <summary>Reads that cannot be answered say why: 400 naming the query parameter, or 404 for an unknown institution.</summary>
public sealed class Refusing_bad_timeline_queries(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>, IAsyncLifetime
{
    private readonly ApiClient _api = factory.CreateApiClient();
    private string _institutionId = "";

    public async Task InitializeAsync()
    {
        _institutionId = NewId("inst");
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), _institutionId, country: "TZ"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("from=2020-99", "from")]
    [InlineData("to=20200101", "to")]
    [InlineData("from=2021&to=2020", "to")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=two", "page")]
    [InlineData("kinds=Nope", "kinds")]
    [InlineData("kinds=MeetingHeld,Nope", "kinds")]
    public async Task A_bad_query_on_an_institution_timeline_is_refused_against_its_parameter(string query, string field)
    {
        using var response = await _api.Http.GetAsync($"/api/timelines/institutions/{_institutionId}?{query}");

        await Problems.AssertInvalidAsync(response, field);
    }

    [Theory]
    [InlineData("from=2020-99", "from")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("kinds=Nope", "kinds")]
    public async Task A_bad_query_on_a_country_timeline_is_refused_against_its_parameter(string query, string field)
    {
        using var response = await _api.Http.GetAsync($"/api/timelines/countries/TZ?{query}");

        await Problems.AssertInvalidAsync(response, field);
    }

    [Theory]
    [InlineData("ZZ")]
    [InlineData("Tanzania")]
    public async Task A_country_timeline_for_a_code_that_is_not_ISO_3166_is_refused_with_400(string code)
    {
        using var response = await _api.Http.GetAsync($"/api/timelines/countries/{code}");

        await Problems.AssertInvalidAsync(response, "countryCode");
    }

    [Fact]
    public async Task A_country_with_no_records_has_an_empty_timeline()
    {
        var timeline = await _api.GetJsonAsync("/api/timelines/countries/IS");

        Assert.Equal(0, timeline["total"]!.GetValue<long>());
        Assert.Empty(timeline["entries"]!.AsArray());
    }

    [Fact]
    public async Task An_institution_no_record_names_answers_404()
    {
        using var response = await _api.Http.GetAsync($"/api/timelines/institutions/{NewId("nobody")}");

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("country=XY", "country")]
    [InlineData("kind=Nope", "kind")]
    public async Task A_bad_filter_on_activity_by_year_is_refused_against_its_parameter(string query, string field)
    {
        using var response = await _api.Http.GetAsync($"/api/activity/by-year?{query}");

        await Problems.AssertInvalidAsync(response, field);
    }
}
