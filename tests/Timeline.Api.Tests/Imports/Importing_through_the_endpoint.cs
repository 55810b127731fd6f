using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Timeline.Api.Tests.Imports;

public sealed class Importing_through_the_endpoint(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private const string Page = """
        On 3 March 2021, the Open University of China (OUC) and the University of Nairobi signed a memorandum of understanding in Nairobi.

        Lifelong learning matters to every citizen and to the whole of society.
        """;

    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_dry_run_answers_the_stable_shape_for_each_paragraph_and_records_nothing()
    {
        var head = await _api.HeadAsync();

        using var response = await _api.PostAsync("/api/imports?dryRun=true", new JsonObject { ["documentId"] = $"dry-{Guid.NewGuid():N}", ["text"] = Page });

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paragraphs = body["paragraphs"]!.AsArray();
        var signing = paragraphs[0]!;
        Assert.Equal("would-record", signing["status"]!.GetValue<string>());
        Assert.Equal("AgreementSigned", signing["kind"]!.GetValue<string>());
        Assert.Equal("2021-03-03", signing["date"]!.GetValue<string>());
        Assert.Equal(["KE"], signing["countries"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Contains(signing["institutions"]!.AsArray(), i => i!["name"]!.GetValue<string>() == "University of Nairobi");
        Assert.True(signing["confidence"]!.GetValue<double>() >= 0.6);
        Assert.Equal("skipped", paragraphs[1]!["status"]!.GetValue<string>());
        Assert.Equal(head, await _api.HeadAsync());
    }

    [Fact]
    public async Task Plain_text_with_its_document_in_the_query_is_recorded_once()
    {
        var document = $"page-{Guid.NewGuid():N}";
        async Task<JsonNode> ImportAsync()
        {
            using var content = new StringContent(Page, Encoding.UTF8, "text/plain");
            using var response = await _api.PostRawAsync($"/api/imports?documentId={document}&publishedOn=2021-03-05", content);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        }

        var first = await ImportAsync();
        var second = await ImportAsync();

        Assert.Equal("recorded", first["paragraphs"]![0]!["status"]!.GetValue<string>());
        Assert.Equal("already-present", second["paragraphs"]![0]!["status"]!.GetValue<string>());
        var recordId = first["paragraphs"]![0]!["recordId"]!.GetValue<string>();
        var record = await _api.GetJsonAsync($"/api/records/{recordId}");
        Assert.Equal(document, record["facts"]!["source"]!["documentId"]!.GetValue<string>());
        Assert.StartsWith("import-", record["history"]![0]!["importBatch"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_paragraph_the_extractor_is_unsure_of_is_recorded_and_listed_for_review()
    {
        const string unsure = "Recently, many colleagues took part and the results were released.";

        using var response = await _api.PostAsync("/api/imports", new JsonObject { ["documentId"] = $"unsure-{Guid.NewGuid():N}", ["text"] = unsure });

        var paragraph = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["paragraphs"]![0]!;
        Assert.Equal("needs-review", paragraph["status"]!.GetValue<string>());
        var recordId = paragraph["recordId"]!.GetValue<string>();
        var review = await _api.GetJsonAsync("/api/imports/review");
        Assert.Contains(review.AsArray(), item => item!["recordId"]!.GetValue<string>() == recordId);
        await _api.GetJsonAsync($"/api/records/{recordId}");
    }

    [Fact]
    public async Task An_unsure_paragraph_left_recorded_but_unflagged_by_a_killed_import_is_listed_by_the_next_import()
    {
        const string unsure = "Recently, many colleagues took part and the results were released.";
        var page = new JsonObject { ["documentId"] = $"unflagged-{Guid.NewGuid():N}", ["text"] = unsure };
        using var dryRun = await _api.PostAsync("/api/imports?dryRun=true", page.DeepClone());
        var recordId = JsonNode.Parse(await dryRun.Content.ReadAsStringAsync())!["paragraphs"]![0]!["recordId"]!.GetValue<string>();
        // What an import killed between its append and its flag leaves behind: the paragraph's record stored, no flag.
        var orphan = Activities.Meeting(recordId, "ouc");
        orphan.Remove("recordId");
        orphan["source"] = new JsonObject { ["documentId"] = page["documentId"]!.GetValue<string>(), ["paragraphIndex"] = 0, ["text"] = unsure };
        Assert.Equal(recordId, (await ApiClient.AcceptedAsync(await _api.RecordAsync(orphan), HttpStatusCode.Created)).RecordId);

        using var again = await _api.PostAsync("/api/imports", page);

        Assert.Equal("already-present", JsonNode.Parse(await again.Content.ReadAsStringAsync())!["paragraphs"]![0]!["status"]!.GetValue<string>());
        var review = await _api.GetJsonAsync("/api/imports/review");
        Assert.Contains(review.AsArray(), item => item!["recordId"]!.GetValue<string>() == recordId);
    }

    [Fact]
    public async Task An_import_without_an_API_key_is_refused_with_401_and_records_nothing()
    {
        var head = await _api.HeadAsync();

        using var response = await _api.PostAsync("/api/imports", new JsonObject { ["text"] = Page }, apiKey: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(head, await _api.HeadAsync());
    }

    [Fact]
    public async Task An_import_without_text_or_with_a_bad_publication_day_is_refused_with_400()
    {
        using var empty = await _api.PostAsync("/api/imports", new JsonObject { ["documentId"] = "x", ["text"] = " " });
        using var badDay = await _api.PostAsync("/api/imports", new JsonObject { ["text"] = Page, ["publishedOn"] = "5 March" });

        await Problems.AssertInvalidAsync(empty, "text");
        await Problems.AssertInvalidAsync(badDay, "publishedOn");
    }
}
