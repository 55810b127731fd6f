using System.Net;
using System.Text.Json.Nodes;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Records;

/// <summary>
/// <c>GET /api/records</c>: the records in timeline order, or matching words by relevance, read page by page with
/// an opaque cursor. Each test uses words and an institution of its own, so tests sharing the service stay apart.
/// </summary>
public sealed class Listing_and_searching_records(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Without_q_records_come_in_timeline_order_with_unknown_dates_last_and_the_list_fields()
    {
        var institution = NewId("inst");
        var late = await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: "2020-02-02"));
        var unknown = await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: "XXXX"));
        var early = await _api.RecordAndProjectAsync(Agreement(NewId("rec"), institution, date: "2010-01", country: "TZ"));

        var list = await _api.GetJsonAsync($"/api/records?institution={institution}");

        Assert.Equal(3, list["total"]!.GetValue<long>());
        Assert.Equal([early.RecordId, late.RecordId, unknown.RecordId], IdsOf(list));
        var first = list["entries"]![0]!;
        Assert.Equal("2010-01", first["date"]!.GetValue<string>());
        Assert.Equal("January 2010", first["dateDisplay"]!.GetValue<string>());
        Assert.Equal("AgreementSigned", first["kind"]!.GetValue<string>());
        Assert.Equal(institution, Assert.Single(first["institutions"]!.AsArray())!.GetValue<string>());
        Assert.Equal("TZ", Assert.Single(first["countries"]!.AsArray())!.GetValue<string>());
        Assert.Null(first["snippet"]);
        Assert.True(list.AsObject().ContainsKey("next"), "the last page still says next: null");
        Assert.Null(list["next"]);
    }

    [Fact]
    public async Task Each_entry_names_its_institutions_as_a_timeline_entry_does()
    {
        var institution = NewId("inst");
        var partner = NewId("other");
        var body = Meeting(NewId("rec"), institution);
        body["institutions"]!.AsArray().Add(new JsonObject
        {
            ["id"] = partner, ["name"] = "Open University of Tanzania", ["acronym"] = "OUT", ["role"] = "partner",
        });
        await _api.RecordAndProjectAsync(body);

        var entry = (await _api.GetJsonAsync($"/api/records?institution={institution}"))["entries"]![0]!;

        Assert.Equal([institution, partner], entry["institutions"]!.AsArray().Select(id => id!.GetValue<string>()));
        var names = entry["institutionNames"]!.AsObject();
        Assert.Equal(2, names.Count);
        Assert.Equal($"Institution {institution}", names[institution]!.GetValue<string>());
        Assert.Equal("OUT", names[partner]!.GetValue<string>());
    }

    [Fact]
    public async Task Following_the_cursor_page_by_page_reads_every_record_once_in_order()
    {
        var institution = NewId("inst");
        foreach (var date in new[] { "2001-05-05", "1999", "2003-02-01", "XXXX", "2001-05-05", "2000-07" })
            await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date));
        var whole = IdsOf(await _api.GetJsonAsync($"/api/records?institution={institution}&pageSize=100"));

        var paged = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await _api.GetJsonAsync($"/api/records?institution={institution}&pageSize=4{(after is null ? "" : $"&after={after}")}");
            Assert.Equal(6, page["total"]!.GetValue<long>());
            paged.AddRange(IdsOf(page));
            after = page["next"]?.GetValue<string>();
            pages++;
        }
        while (after is not null && pages < 10);

        Assert.Equal(6, whole.Count);
        Assert.Equal(whole, paged);
        Assert.Equal(2, pages);
    }

    [Fact]
    public async Task Kinds_country_and_dates_filter_the_list()
    {
        var institution = NewId("inst");
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution, date: "2005-05-05", country: "GH"));
        var wanted = await _api.RecordAndProjectAsync(Agreement(NewId("rec"), institution, date: "2006-06-06", country: "GH"));
        await _api.RecordAndProjectAsync(Agreement(NewId("rec"), institution, date: "2006-06-07", country: "SN"));
        await _api.RecordAndProjectAsync(Agreement(NewId("rec"), institution, date: "2009-01-01", country: "GH"));

        var list = await _api.GetJsonAsync($"/api/records?institution={institution}&kinds=AgreementSigned&country=GH&from=2006&to=2008-12");

        Assert.Equal([wanted.RecordId], IdsOf(list));
    }

    [Fact]
    public async Task A_search_finds_records_by_title_person_place_and_institution_name_and_marks_the_match()
    {
        var word = Word();
        var institution = NewId("inst");
        var byTitle = Meeting(NewId("rec"), institution);
        byTitle["title"] = $"Partners meet about {word} learning";
        var byPerson = Meeting(NewId("rec"), institution);
        byPerson["people"] = new JsonArray(new JsonObject { ["name"] = $"Amina {word}", ["role"] = "dean" });
        var byPlace = Meeting(NewId("rec"), institution);
        byPlace["places"] = new JsonArray($"{word} Hall");
        var byInstitution = Meeting(NewId("rec"), institution);
        byInstitution["institutions"]!.AsArray().Add(new JsonObject { ["id"] = NewId("other"), ["name"] = $"College of {word}", ["role"] = "partner" });
        foreach (var body in new[] { byTitle, byPerson, byPlace, byInstitution })
            await _api.RecordAndProjectAsync(body);
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution));

        var found = await _api.GetJsonAsync($"/api/records?q={word}");

        Assert.Equal(4, found["total"]!.GetValue<long>());
        Assert.Equal(byTitle["recordId"]!.GetValue<string>(), IdsOf(found)[0]);
        Assert.All(found["entries"]!.AsArray(), entry => Assert.Contains($"[{word}]", entry!["snippet"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_last_word_matches_as_a_prefix_and_every_word_must_match()
    {
        var word = Word();
        var body = Meeting(NewId("rec"), NewId("inst"));
        body["title"] = $"Seminar on {word}ology in open education";
        var ack = await _api.RecordAndProjectAsync(body);

        Assert.Equal([ack.RecordId], IdsOf(await _api.GetJsonAsync($"/api/records?q=open {word}")));
        Assert.Empty(IdsOf(await _api.GetJsonAsync($"/api/records?q={word} open")));
        Assert.Empty(IdsOf(await _api.GetJsonAsync($"/api/records?q=closed {word}")));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"unbalanced")]
    [InlineData("a*")]
    [InlineData("- minus")]
    [InlineData("AND")]
    [InlineData("x AND OR NOT y")]
    [InlineData("NEAR(a b)")]
    [InlineData("title:education")]
    [InlineData("^start (group) {col}")]
    public async Task Search_syntax_typed_by_a_person_never_breaks_the_search(string q)
    {
        using var response = await _api.Http.GetAsync($"/api/records?q={Uri.EscapeDataString(q)}");

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest,
            $"'{q}' answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Theory]
    [InlineData("q=%22*-", "q")]
    [InlineData("after=not-a-cursor", "after")]
    [InlineData("after=bDF8MXwy%25", "after")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("kinds=Parade", "kinds")]
    [InlineData("country=XX", "country")]
    [InlineData("from=2020-13", "from")]
    public async Task A_bad_query_is_refused_with_400_naming_it(string query, string field)
    {
        using var response = await _api.Http.GetAsync($"/api/records?{query}");

        await Problems.AssertInvalidAsync(response, field);
    }

    [Fact]
    public async Task A_cursor_of_a_plain_list_is_refused_by_a_search_and_the_other_way_round()
    {
        var institution = NewId("inst");
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution));
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), institution));
        var listCursor = (await _api.GetJsonAsync($"/api/records?institution={institution}&pageSize=1"))["next"]!.GetValue<string>();
        var searchCursor = (await _api.GetJsonAsync($"/api/records?q=partners&pageSize=1"))["next"]!.GetValue<string>();

        await Problems.AssertInvalidAsync(await _api.Http.GetAsync($"/api/records?q=partners&after={listCursor}"), "after");
        await Problems.AssertInvalidAsync(await _api.Http.GetAsync($"/api/records?after={searchCursor}"), "after");
    }

    [Fact]
    public async Task A_retracted_record_leaves_the_search_and_a_correction_changes_what_finds_it()
    {
        var (oldWord, newWord, goneWord) = (Word(), Word(), Word());
        var corrected = Meeting(NewId("rec"), NewId("inst"));
        corrected["title"] = $"Workshop on {oldWord}";
        var retracted = Meeting(NewId("rec"), NewId("inst"));
        retracted["title"] = $"Visit about {goneWord}";
        var correctedId = (await _api.RecordAndProjectAsync(corrected)).RecordId;
        var retractedId = (await _api.RecordAndProjectAsync(retracted)).RecordId;

        await ApiClient.AcceptedAsync(await _api.CorrectAsync(correctedId, new JsonObject { ["title"] = $"Workshop on {newWord}" }));
        await _api.WaitForProjectionsAsync((await ApiClient.AcceptedAsync(await _api.RetractAsync(retractedId))).Position);

        Assert.Empty(IdsOf(await _api.GetJsonAsync($"/api/records?q={oldWord}")));
        Assert.Equal([correctedId], IdsOf(await _api.GetJsonAsync($"/api/records?q={newWord}")));
        Assert.Empty(IdsOf(await _api.GetJsonAsync($"/api/records?q={goneWord}")));
    }

    private static List<string> IdsOf(JsonNode list) =>
        list["entries"]!.AsArray().Select(e => e!["recordId"]!.GetValue<string>()).ToList();

    /// <summary>A word no other test uses: letters only, so the search's tokenizer keeps it whole.</summary>
    private static string Word() => "w" + string.Concat(Guid.NewGuid().ToString("N").Select(c => (char)('a' + c % 16)))[..12];
}
