using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Timeline.Api.Tests.Imports;

/// <summary>What an import costs is bounded: by the page's paragraphs, by what they say, and by the client staying.</summary>
public sealed class Bounded_imports(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private const string Signing = "On 3 March 2021, the Open University of China and the University of Nairobi signed a memorandum of understanding.";

    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_page_of_more_paragraphs_than_the_limit_is_refused_with_400_and_records_nothing()
    {
        var head = await _api.HeadAsync();
        var page = string.Join("\n\n", Enumerable.Repeat(Signing, 10_001));

        using var response = await PostTextAsync($"/api/imports?documentId=long-{Guid.NewGuid():N}", page);

        await Problems.AssertInvalidAsync(response, "text");
        Assert.Equal(head, await _api.HeadAsync());
    }

    [Fact]
    public async Task Paragraphs_that_carry_no_text_are_counted_and_not_listed()
    {
        var page = string.Join("\n\n", Enumerable.Repeat("* * *", 5_000).Append(Signing));

        using var response = await PostTextAsync($"/api/imports?dryRun=true&documentId=padded-{Guid.NewGuid():N}", page);

        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text)!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5_000, body["counts"]!["empty"]!.GetValue<int>());
        var listed = Assert.Single(body["paragraphs"]!.AsArray());
        Assert.Equal(5_000, listed!["index"]!.GetValue<int>());
        Assert.True(text.Length < 2_000, $"a report of one paragraph with text took {text.Length} characters");
    }

    [Fact]
    public async Task A_paragraph_longer_than_a_source_text_may_be_is_refused_unread_beside_the_others()
    {
        var tooLong = string.Join(" ", Enumerable.Repeat(Signing, 20_000 / Signing.Length + 1));
        var page = string.Join("\n\n", Signing, tooLong);

        using var response = await PostTextAsync($"/api/imports?dryRun=true&documentId=too-long-{Guid.NewGuid():N}", page);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (read, refused) = (body["paragraphs"]![0]!, body["paragraphs"]![1]!);
        Assert.Equal("would-record", read["status"]!.GetValue<string>());
        Assert.Equal("invalid", refused["status"]!.GetValue<string>());
        Assert.Contains($"has {tooLong.Length} characters; at most 20000", refused["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        // Not read: no kind, no date, no institutions.
        Assert.Null(refused["kind"]);
        Assert.Empty(refused["institutions"]!.AsArray());
    }

    [Fact]
    public async Task A_report_asked_for_as_JSON_Lines_comes_one_paragraph_a_line_then_its_counts()
    {
        var page = string.Join("\n\n", Signing, "Lifelong learning matters to every citizen.", Signing.Replace("Nairobi", "Ghana", StringComparison.Ordinal));
        using var content = new StringContent(page, Encoding.UTF8, "text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/imports?dryRun=true&documentId=lines-{Guid.NewGuid():N}") { Content = content };
        request.Headers.Add("X-Api-Key", TimelineApiFactory.Key);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/x-ndjson"));

        using var response = await _api.Http.SendAsync(request);

        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal([0, 1, 2], lines.Take(3).Select(l => l["index"]!.GetValue<int>()));
        Assert.Equal(["would-record", "skipped", "would-record"], lines.Take(3).Select(l => l["status"]!.GetValue<string>()));
        Assert.Equal(2, lines[3]["counts"]!["would-record"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_import_stops_recording_when_its_client_goes_away()
    {
        const int paragraphs = 9_000;
        var before = await _api.HeadAsync();
        var page = string.Join("\n\n", Enumerable.Repeat(Signing, paragraphs));
        using var client = new CancellationTokenSource();

        var import = PostTextAsync($"/api/imports?documentId=abandoned-{Guid.NewGuid():N}", page, client.Token);
        // The client leaves as soon as the first records show that the import has started.
        await ApiClient.WaitUntilAsync(async () => await _api.HeadAsync() > before, "the import never started");
        await client.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => import);

        var settled = await SettledHeadAsync();
        Assert.True(settled - before < paragraphs, $"{settled - before} of {paragraphs} paragraphs were recorded after the client left");
    }

    private async Task<HttpResponseMessage> PostTextAsync(string path, string page, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(page, Encoding.UTF8, "text/plain") };
        request.Headers.Add("X-Api-Key", TimelineApiFactory.Key);
        return await _api.Http.SendAsync(request, cancellationToken);
    }

    /// <summary>The log's head once it has stopped moving: the same over a second of reads, within a bounded time.</summary>
    private async Task<long> SettledHeadAsync()
    {
        var head = await _api.HeadAsync();
        var unchangedSince = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();
        while (unchangedSince.Elapsed < TimeSpan.FromSeconds(1))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the log kept growing after the client left");
            await Task.Delay(50);
            var now = await _api.HeadAsync();
            if (now != head)
                (head, unchangedSince) = (now, Stopwatch.StartNew());
        }
        return head;
    }
}
