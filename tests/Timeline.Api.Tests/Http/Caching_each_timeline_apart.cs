using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Http;

/// <summary>
/// A timeline's cached answer and its ETag last until a fold changes that timeline: a write elsewhere leaves them as
/// they were, a write to it or a registry change that moves rows into it shows at once.
/// </summary>
public sealed class Caching_each_timeline_apart(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_write_to_one_institution_leaves_another_institutions_page_cached_with_its_tag_and_shows_on_its_own_at_once()
    {
        var (written, untouched) = (NewId("inst"), NewId("inst"));
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), written));
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), untouched));
        // Each first record registers its institution just after it, and a registry event moves every timeline.
        await _api.CatchUpAsync();
        using var untouchedBefore = await _api.Http.GetAsync($"/api/timelines/institutions/{untouched}");
        using var writtenBefore = await _api.Http.GetAsync($"/api/timelines/institutions/{written}");

        // The institution is registered by its first record, so this write appends the record alone.
        var record = NewId("rec");
        await _api.RecordAndProjectAsync(Meeting(record, written));
        using var untouchedAfter = await ConditionalGetAsync($"/api/timelines/institutions/{untouched}", untouchedBefore.Headers.ETag!);
        using var untouchedAgain = await _api.Http.GetAsync($"/api/timelines/institutions/{untouched}");
        using var writtenAfter = await ConditionalGetAsync($"/api/timelines/institutions/{written}", writtenBefore.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, untouchedAfter.StatusCode);
        Assert.Equal(untouchedBefore.Headers.ETag!.Tag, untouchedAgain.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, writtenAfter.StatusCode);
        Assert.NotEqual(writtenBefore.Headers.ETag!.Tag, writtenAfter.Headers.ETag!.Tag);
        var page = JsonNode.Parse(await writtenAfter.Content.ReadAsStringAsync())!;
        Assert.Equal(2, page["total"]!.GetValue<long>());
        Assert.Contains(page["entries"]!.AsArray(), entry => entry!["recordId"]!.GetValue<string>() == record);
    }

    [Fact]
    public async Task A_write_in_one_country_leaves_another_countrys_page_as_it_was_whatever_case_the_code_is_asked_in()
    {
        var tanzanian = NewId("inst");
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), NewId("inst"), country: "KE"));
        await _api.RecordAndProjectAsync(InTanzania(Meeting(NewId("rec"), tanzanian, country: "TZ")));
        await _api.CatchUpAsync();
        using var kenyaBefore = await _api.Http.GetAsync("/api/timelines/countries/KE");
        var tanzaniaBefore = await _api.GetJsonAsync("/api/timelines/countries/tz");

        await _api.RecordAndProjectAsync(InTanzania(Meeting(NewId("rec"), tanzanian, country: "TZ")));
        using var kenyaAfter = await ConditionalGetAsync("/api/timelines/countries/KE", kenyaBefore.Headers.ETag!);
        var tanzaniaAfter = await _api.GetJsonAsync("/api/timelines/countries/tz");

        Assert.Equal(HttpStatusCode.NotModified, kenyaAfter.StatusCode);
        Assert.Equal(tanzaniaBefore["total"]!.GetValue<long>() + 1, tanzaniaAfter["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_merge_into_an_institution_changes_its_cached_page()
    {
        var (kept, merged) = (NewId("inst"), NewId("inst"));
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), kept));
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), merged));
        using var before = await _api.Http.GetAsync($"/api/timelines/institutions/{kept}");

        var ack = await ApiClient.AcceptedAsync(await _api.PostAsync($"/api/institutions/{merged}/merge", new JsonObject { ["into"] = kept },
            ifMatch: "\"0\""));
        await _api.WaitForProjectionsAsync(ack.Position);
        using var after = await ConditionalGetAsync($"/api/timelines/institutions/{kept}", before.Headers.ETag!);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag!.Tag, after.Headers.ETag!.Tag);
        Assert.Equal(2, JsonNode.Parse(await after.Content.ReadAsStringAsync())!["total"]!.GetValue<long>());
    }

    /// <summary>The sample meeting takes place in Nairobi, which would put it on Kenya's timeline too.</summary>
    private static JsonObject InTanzania(JsonObject body)
    {
        body["places"] = new JsonArray("Dodoma");
        return body;
    }

    private Task<HttpResponseMessage> ConditionalGetAsync(string path, EntityTagHeaderValue tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(tag);
        return _api.Http.SendAsync(request);
    }
}
