using System.Net;
using System.Text.Json.Nodes;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Records;

public sealed class Reviewing_a_record(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_review_is_answered_like_a_correction_and_the_record_shows_it_with_who_and_when()
    {
        var recordId = NewId("rec");
        await _api.RecordAndProjectAsync(Meeting(recordId, NewId("inst")));
        var unreviewed = await _api.GetJsonAsync($"/api/records/{recordId}");
        Assert.Equal(0, unreviewed["reviews"]!.GetValue<int>());
        Assert.True(unreviewed.AsObject().ContainsKey("lastReview") && unreviewed["lastReview"] is null);

        using var response = await ReviewAsync(recordId, "confirmed", "Checked against the page.", ifMatch: "\"0\"");

        var ack = await ApiClient.AcceptedAsync(response);
        Assert.Equal(new WriteAck(recordId, 1, ack.Position), ack);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var record = await _api.GetJsonAsync($"/api/records/{recordId}");
        Assert.Equal(1, record["reviews"]!.GetValue<int>());
        var last = record["lastReview"]!;
        Assert.Equal("confirmed", last["verdict"]!.GetValue<string>());
        Assert.Equal("Checked against the page.", last["note"]!.GetValue<string>());
        Assert.Equal(TimelineApiFactory.KeyName, last["reviewedBy"]!.GetValue<string>());
        Assert.True(DateTimeOffset.UtcNow - last["reviewedAt"]!.GetValue<DateTimeOffset>() < TimeSpan.FromMinutes(5));
        var reviewed = record["history"]!.AsArray()[^1]!;
        Assert.Equal("RecordReviewed.v1", reviewed["type"]!.GetValue<string>());
        Assert.Equal(TimelineApiFactory.KeyName, reviewed["recordedBy"]!.GetValue<string>());
        Assert.Equal(0, record["corrections"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_review_changes_nothing_on_the_timeline_and_the_last_review_is_the_latest()
    {
        var (recordId, institution) = (NewId("rec"), NewId("inst"));
        await _api.RecordAndProjectAsync(Meeting(recordId, institution));
        var before = (await _api.GetJsonAsync($"/api/timelines/institutions/{institution}"))["entries"]![0]!["title"]!.GetValue<string>();

        await ApiClient.AcceptedAsync(await ReviewAsync(recordId, "confirmed"));
        var ack = await ApiClient.AcceptedAsync(await ReviewAsync(recordId, "Rejected", "Not an activity of the university."));
        await _api.WaitForProjectionsAsync(ack.Position);

        var timeline = await _api.GetJsonAsync($"/api/timelines/institutions/{institution}");
        Assert.Equal(before, Assert.Single(timeline["entries"]!.AsArray())!["title"]!.GetValue<string>());
        var record = await _api.GetJsonAsync($"/api/records/{recordId}");
        Assert.Equal(2, record["reviews"]!.GetValue<int>());
        Assert.Equal("rejected", record["lastReview"]!["verdict"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"verdict\":\"approved\"}", "verdict")]
    [InlineData("{\"note\":\"no verdict\"}", "verdict")]
    [InlineData("{\"verdict\":\"confirmed\",\"score\":3}", "score")]
    public async Task A_bad_review_is_refused_with_400_and_writes_nothing(string body, string field)
    {
        var recordId = NewId("rec");
        await _api.RecordAndProjectAsync(Meeting(recordId, NewId("inst")));
        var head = await _api.HeadAsync();

        using var response = await _api.PostAsync($"/api/records/{recordId}/review", JsonNode.Parse(body)!);

        await Problems.AssertInvalidAsync(response, field);
        Assert.Equal(head, await _api.HeadAsync());
    }

    [Fact]
    public async Task A_note_over_the_limit_is_refused_with_400()
    {
        var recordId = NewId("rec");
        await _api.RecordAndProjectAsync(Meeting(recordId, NewId("inst")));

        using var response = await ReviewAsync(recordId, "confirmed", new string('n', 2_001));

        await Problems.AssertInvalidAsync(response, "note");
    }

    [Fact]
    public async Task Reviewing_an_unknown_record_is_404_a_retracted_one_409_and_a_stale_If_Match_409()
    {
        var (retracted, moved) = (NewId("rec"), NewId("rec"));
        await _api.RecordAndProjectAsync(Meeting(retracted, NewId("inst")));
        await _api.RecordAndProjectAsync(Meeting(moved, NewId("inst")));
        await ApiClient.AcceptedAsync(await _api.RetractAsync(retracted));
        await ApiClient.AcceptedAsync(await ReviewAsync(moved, "confirmed"));

        await Problems.AssertProblemAsync(await ReviewAsync(NewId("rec"), "confirmed"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await ReviewAsync(retracted, "confirmed"), HttpStatusCode.Conflict);
        await Problems.AssertProblemAsync(await ReviewAsync(moved, "corrected", ifMatch: "\"0\""), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_review_without_the_API_key_is_refused_with_401()
    {
        var recordId = NewId("rec");
        await _api.RecordAndProjectAsync(Meeting(recordId, NewId("inst")));

        using var response = await ReviewAsync(recordId, "confirmed", apiKey: null);

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_reviewed_record_leaves_the_import_review_list()
    {
        using var import = await _api.PostAsync("/api/imports", new JsonObject
        {
            ["documentId"] = $"unsure-{Guid.NewGuid():N}",
            ["text"] = "Recently, many colleagues took part and the results were released.",
        });
        var recordId = JsonNode.Parse(await import.Content.ReadAsStringAsync())!["paragraphs"]![0]!["recordId"]!.GetValue<string>();
        Assert.Contains(recordId, await ReviewListAsync());

        var ack = await ApiClient.AcceptedAsync(await ReviewAsync(recordId, "corrected", "Date and kind fixed by hand."));
        await _api.WaitForProjectionsAsync(ack.Position);

        Assert.DoesNotContain(recordId, await ReviewListAsync());
    }

    private Task<HttpResponseMessage> ReviewAsync(string recordId, string verdict, string? note = null, string? ifMatch = null,
        string? apiKey = TimelineApiFactory.Key) =>
        _api.PostAsync($"/api/records/{recordId}/review", new JsonObject { ["verdict"] = verdict, ["note"] = note }, apiKey, ifMatch);

    private async Task<List<string>> ReviewListAsync() =>
        (await _api.GetJsonAsync("/api/imports/review")).AsArray().Select(item => item!["recordId"]!.GetValue<string>()).ToList();
}
