using System.Net;
using System.Net.Http.Headers;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Http;

/// <summary>Every read answers a strong ETag, and the same tag in If-None-Match gets 304 with no body until something changes.</summary>
public sealed class Answering_conditional_reads(SampleDataApi factory) : IClassFixture<SampleDataApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Theory]
    [InlineData("/api/timelines/institutions/ouc?pageSize=5")]
    [InlineData("/api/timelines/countries/CN")]
    [InlineData("/api/activity/by-year?groupBy=country")]
    [InlineData("/api/activity/by-month?year=2019")]
    [InlineData("/api/institutions")]
    [InlineData("/api/countries")]
    [InlineData("/api/records?q=delegation")]
    [InlineData("/api/records/27218e36991ee17cc716eb39")]
    [InlineData("/api/projections/status")]
    public async Task A_read_answers_a_strong_ETag_and_304_with_no_body_for_the_same_tag(string path)
    {
        await _api.CatchUpAsync();
        using var first = await _api.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var tag = first.Headers.ETag;
        Assert.True(tag is { IsWeak: false }, $"{path} answered no strong ETag");

        using var again = await ConditionalGetAsync(path, tag!.Tag);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(tag.Tag, again.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Another_query_has_another_tag()
    {
        await _api.CatchUpAsync();
        using var one = await _api.Http.GetAsync("/api/activity/by-year");
        using var other = await _api.Http.GetAsync("/api/activity/by-year?kinds=MeetingHeld");

        Assert.NotEqual(one.Headers.ETag!.Tag, other.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Once_the_read_models_move_on_an_old_tag_gets_the_new_answer()
    {
        await _api.CatchUpAsync();
        using var before = await _api.Http.GetAsync("/api/countries");
        var oldTag = before.Headers.ETag!.Tag;

        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), NewId("inst"), country: "NA"));
        using var after = await ConditionalGetAsync("/api/countries", oldTag);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(oldTag, after.Headers.ETag!.Tag);
        Assert.Contains("\"NA\"", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_refused_read_carries_no_ETag()
    {
        using var response = await _api.Http.GetAsync("/api/activity/by-year?kinds=Parade");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    private Task<HttpResponseMessage> ConditionalGetAsync(string path, string tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(tag));
        return _api.Http.SendAsync(request);
    }
}
