using System.Net;
using System.Text.Json.Nodes;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Records;

public sealed class Correcting_a_record(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_correction_at_the_current_revision_moves_the_record_to_revision_1_and_the_timeline_shows_it()
    {
        var (recordId, institutionId) = (NewId("rec"), NewId("inst"));
        await _api.RecordAndProjectAsync(Meeting(recordId, institutionId, date: "2015-03-10"));

        using var response = await _api.CorrectAsync(recordId,
            new JsonObject { ["date"] = "2015-04-21", ["title"] = "Partners meet in April, not March" }, ifMatch: "\"0\"");

        var ack = await ApiClient.AcceptedAsync(response);
        Assert.Equal(new WriteAck(recordId, 1, ack.Position), ack);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        await _api.WaitForProjectionsAsync(ack.Position);
        var entry = Assert.Single((await _api.GetJsonAsync($"/api/timelines/institutions/{institutionId}"))["entries"]!.AsArray())!;
        Assert.Equal("2015-04-21", entry["date"]!.GetValue<string>());
        Assert.Equal("Partners meet in April, not March", entry["title"]!.GetValue<string>());
        Assert.Equal(1, entry["revision"]!.GetValue<long>());
        Assert.Equal(1, entry["corrections"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_corrected_record_keeps_the_original_and_the_correction_in_its_history()
    {
        var recordId = NewId("rec");
        await _api.RecordAndProjectAsync(Meeting(recordId, NewId("inst"), date: "2015-03-10"));

        var ack = await ApiClient.AcceptedAsync(await _api.CorrectAsync(recordId, new JsonObject { ["date"] = "2015-03" }, reason: "Only the month is known."));
        var record = await _api.GetJsonAsync($"/api/records/{recordId}");

        Assert.Equal(1, record["revision"]!.GetValue<long>());
        Assert.Equal(1, record["corrections"]!.GetValue<int>());
        Assert.Equal("2015-03", record["facts"]!["date"]!.GetValue<string>());
        Assert.Equal("2015-03-10", record["recorded"]!["facts"]!["date"]!.GetValue<string>());
        var history = record["history"]!.AsArray();
        Assert.Equal(new[] { "MeetingHeld.v1", "RecordCorrected.v1" }, history.Select(h => h!["type"]!.GetValue<string>()));
        Assert.Equal(ack.Position, history[1]!["position"]!.GetValue<long>());
        Assert.Equal("Only the month is known.", history[1]!["data"]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_correction_with_a_stale_If_Match_is_refused_with_409_and_writes_nothing()
    {
        var recordId = NewId("rec");
        await _api.RecordAndProjectAsync(Meeting(recordId, NewId("inst")));
        await ApiClient.AcceptedAsync(await _api.CorrectAsync(recordId, new JsonObject { ["title"] = "First correction" }, ifMatch: "\"0\""));
        var head = await _api.HeadAsync();

        using var response = await _api.CorrectAsync(recordId, new JsonObject { ["title"] = "Based on an old read" }, ifMatch: "\"0\"");

        await Problems.AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(head, await _api.HeadAsync());
        var record = await _api.GetJsonAsync($"/api/records/{recordId}");
        Assert.Equal(1, record["revision"]!.GetValue<long>());
        Assert.Equal("First correction", record["facts"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_correction_without_If_Match_applies_to_the_current_revision()
    {
        var recordId = NewId("rec");
        await _api.RecordAndProjectAsync(Meeting(recordId, NewId("inst")));
        await ApiClient.AcceptedAsync(await _api.CorrectAsync(recordId, new JsonObject { ["title"] = "First correction" }));

        using var response = await _api.CorrectAsync(recordId, new JsonObject { ["places"] = new JsonArray("Mombasa") });

        var ack = await ApiClient.AcceptedAsync(response);
        Assert.Equal(2, ack.Revision);
        var facts = (await _api.GetJsonAsync($"/api/records/{recordId}"))["facts"]!;
        Assert.Equal("First correction", facts["title"]!.GetValue<string>());
        Assert.Equal("Mombasa", Assert.Single(facts["places"]!.AsArray())!.GetValue<string>());
    }

    [Fact]
    public async Task A_correction_with_If_Match_star_applies_to_the_current_revision()
    {
        var recordId = NewId("rec");
        await _api.RecordAndProjectAsync(Meeting(recordId, NewId("inst")));
        await ApiClient.AcceptedAsync(await _api.CorrectAsync(recordId, new JsonObject { ["title"] = "First correction" }));

        using var response = await _api.CorrectAsync(recordId, new JsonObject { ["title"] = "Second correction" }, ifMatch: "*");

        Assert.Equal(2, (await ApiClient.AcceptedAsync(response)).Revision);
    }

    [Fact]
    public async Task A_correction_into_an_interval_ending_before_it_starts_is_refused_and_writes_nothing()
    {
        var recordId = NewId("rec");
        await _api.RecordAndProjectAsync(Meeting(recordId, NewId("inst")));
        var head = await _api.HeadAsync();

        using var response = await _api.CorrectAsync(recordId, new JsonObject { ["date"] = "2015-05-01/2015-04-01" });

        await Problems.AssertInvalidAsync(response, "changes.date");
        Assert.Equal(head, await _api.HeadAsync());
    }

    [Theory]
    [InlineData("{\"reason\":\"Because.\"}", "changes")]
    [InlineData("{\"changes\":{},\"reason\":\"Because.\"}", "changes")]
    [InlineData("{\"changes\":{\"title\":\"New title\"}}", "reason")]
    [InlineData("{\"changes\":{\"countries\":[\"XY\"]},\"reason\":\"Because.\"}", "changes.countries[0]")]
    [InlineData("{\"changes\":{\"kind\":\"DonationMade\"},\"reason\":\"Because.\"}", "changes.kind")]
    public async Task An_incomplete_or_invalid_correction_is_refused_against_its_field_and_writes_nothing(string body, string field)
    {
        var recordId = NewId("rec");
        await _api.RecordAndProjectAsync(Meeting(recordId, NewId("inst")));
        var head = await _api.HeadAsync();

        using var response = await _api.PostAsync($"/api/records/{recordId}/corrections", JsonNode.Parse(body)!);

        await Problems.AssertInvalidAsync(response, field);
        Assert.Equal(head, await _api.HeadAsync());
    }

    [Theory]
    [InlineData("\"yesterday\"")]
    [InlineData("W/\"0\"")]
    [InlineData("0")]
    public async Task An_If_Match_that_is_not_a_strong_record_ETag_is_refused_with_400(string ifMatch)
    {
        var recordId = NewId("rec");
        await _api.RecordAndProjectAsync(Meeting(recordId, NewId("inst")));
        var head = await _api.HeadAsync();

        using var response = await _api.CorrectAsync(recordId, new JsonObject { ["title"] = "New title" }, ifMatch: ifMatch);

        await Problems.AssertInvalidAsync(response, "If-Match");
        Assert.Equal(head, await _api.HeadAsync());
    }
}
