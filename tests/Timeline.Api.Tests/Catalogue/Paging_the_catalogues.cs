using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Catalogue;

/// <summary>The institution and country lists stay plain arrays, in pages, with the number matching in X-Total-Count.</summary>
public sealed class Paging_the_catalogues(SampleDataApi factory) : IClassFixture<SampleDataApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Pages_of_institutions_follow_each_other_and_say_the_total()
    {
        await _api.CatchUpAsync();
        var (all, total) = await PageAsync("/api/institutions?pageSize=1000");
        var (first, firstTotal) = await PageAsync("/api/institutions?pageSize=3");
        var (second, _) = await PageAsync("/api/institutions?pageSize=3&page=2");

        Assert.Equal(all.Count, total);
        Assert.Equal(total, firstTotal);
        Assert.Equal(all.Take(6), first.Concat(second));
    }

    [Fact]
    public async Task The_q_prefix_matches_names_acronyms_and_ids_in_any_case()
    {
        await _api.CatchUpAsync();
        var (byName, total) = await PageAsync("/api/institutions?q=open%20univ");
        var (byId, _) = await PageAsync("/api/institutions?q=OUC");
        var (none, noneTotal) = await PageAsync("/api/institutions?q=%25");

        Assert.Contains("ouc", byName);
        Assert.Equal(byName.Count, total);
        Assert.All(byName, id => Assert.NotEqual("unesco", id));
        Assert.Contains("ouc", byId);
        Assert.Empty(none);
        Assert.Equal(0, noneTotal);
    }

    [Fact]
    public async Task Countries_page_and_filter_by_code_or_name()
    {
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), NewId("inst"), country: "KE"));
        var (byName, total) = await PageAsync("/api/countries?q=ken");
        var (byCode, _) = await PageAsync("/api/countries?q=kz");
        var (secondOfOne, allTotal) = await PageAsync("/api/countries?pageSize=1&page=2");

        Assert.Equal(["KE"], byName);
        Assert.Equal(1, total);
        Assert.Equal(["KZ"], byCode);
        Assert.Single(secondOfOne);
        Assert.True(allTotal >= 8);
    }

    [Theory]
    [InlineData("/api/institutions?pageSize=1001", "pageSize")]
    [InlineData("/api/institutions?page=0", "page")]
    [InlineData("/api/countries?pageSize=-1", "pageSize")]
    public async Task A_bad_page_is_refused_with_400(string path, string field)
    {
        using var response = await _api.Http.GetAsync(path);

        await Problems.AssertInvalidAsync(response, field);
    }

    /// <summary>The ids (or codes) of one page, and the X-Total-Count it answered.</summary>
    private async Task<(List<string> Keys, long Total)> PageAsync(string path)
    {
        using var response = await _api.Http.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {text}");
        var keys = System.Text.Json.Nodes.JsonNode.Parse(text)!.AsArray()
            .Select(e => (e!["id"] ?? e["code"])!.GetValue<string>()).ToList();
        return (keys, long.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture));
    }
}
