using System.Text.Json.Nodes;

namespace Timeline.Api.Tests.Timelines;

/// <summary>
/// Every timeline page carries the cursor of the next one: following it reads the whole timeline once, in order,
/// and a cursor is good only for the timeline that made it.
/// </summary>
public sealed class Paging_a_timeline_by_cursor(SampleDataApi factory) : IClassFixture<SampleDataApi>, IAsyncLifetime
{
    private readonly ApiClient _api = factory.CreateApiClient();

    public Task InitializeAsync() => _api.CatchUpAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Following_next_reads_the_OUC_timeline_in_the_order_of_one_large_page_without_repeats()
    {
        var whole = await _api.GetJsonAsync("/api/timelines/institutions/ouc?pageSize=500");
        var read = new List<string>();
        var path = "/api/timelines/institutions/ouc?pageSize=4";
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await _api.GetJsonAsync(path);
            Assert.Equal(whole["total"]!.GetValue<long>(), page["total"]!.GetValue<long>());
            read.AddRange(IdsOf(page));
            if (page["next"] is not JsonValue next)
                break;
            path = $"/api/timelines/institutions/ouc?pageSize=4&after={next.GetValue<string>()}";
        }

        Assert.Equal(IdsOf(whole), read);
        Assert.Null(whole["next"]);
    }

    [Fact]
    public async Task A_numbered_page_gives_the_cursor_of_the_page_after_it()
    {
        var second = await _api.GetJsonAsync("/api/timelines/institutions/ouc?pageSize=3&page=2");
        var third = await _api.GetJsonAsync($"/api/timelines/institutions/ouc?pageSize=3&after={second["next"]!.GetValue<string>()}");
        var numbered = await _api.GetJsonAsync("/api/timelines/institutions/ouc?pageSize=3&page=3");

        Assert.Equal(IdsOf(numbered), IdsOf(third));
        Assert.Null(third["page"]);
    }

    [Fact]
    public async Task A_kinds_filter_total_and_pages_agree_with_what_is_listed()
    {
        var page = await _api.GetJsonAsync("/api/timelines/institutions/ouc?kinds=AgreementSigned&pageSize=1");
        var all = await _api.GetJsonAsync("/api/timelines/institutions/ouc?kinds=AgreementSigned&pageSize=500");

        Assert.Equal(IdsOf(all).Count, page["total"]!.GetValue<long>());
        Assert.NotNull(page["next"]);
    }

    [Theory]
    [InlineData("after=not-a-cursor")]
    [InlineData("after=dDF8aW5zdGl0dXRpb25zL291Y3x4fDE")]
    public async Task A_malformed_cursor_is_refused_against_after(string query)
    {
        using var response = await _api.Http.GetAsync($"/api/timelines/institutions/ouc?{query}");

        await Problems.AssertInvalidAsync(response, "after");
    }

    [Fact]
    public async Task A_cursor_of_another_timeline_is_refused_against_after()
    {
        var china = await _api.GetJsonAsync("/api/timelines/countries/CN?pageSize=1");

        using var response = await _api.Http.GetAsync($"/api/timelines/institutions/ouc?after={china["next"]!.GetValue<string>()}");

        await Problems.AssertInvalidAsync(response, "after");
    }

    [Fact]
    public async Task A_page_number_with_a_cursor_is_refused_against_page()
    {
        var first = await _api.GetJsonAsync("/api/timelines/institutions/ouc?pageSize=2");

        using var response = await _api.Http.GetAsync($"/api/timelines/institutions/ouc?page=2&after={first["next"]!.GetValue<string>()}");

        await Problems.AssertInvalidAsync(response, "page");
    }

    private static List<string> IdsOf(JsonNode page) =>
        page["entries"]!.AsArray().Select(e => e!["recordId"]!.GetValue<string>()).ToList();
}
