using System.Net;
using System.Text.Json.Nodes;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Records;

public sealed class Retracting_a_record(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_retracted_record_leaves_the_timelines_and_the_activity_counts()
    {
        // A second record keeps the institution on the timelines, so its timeline can be read after the retraction.
        var (retracted, kept, institutionId) = (NewId("rec"), NewId("rec"), NewId("inst"));
        await _api.RecordAndProjectAsync(Meeting(kept, institutionId, date: "2014-02-03", country: "UG"));
        await _api.RecordAndProjectAsync(Meeting(retracted, institutionId, date: "2014-06-07", country: "UG"));
        Assert.Equal(2, (await _api.GetJsonAsync($"/api/activity/by-year?institution={institutionId}"))["total"]!.GetValue<int>());

        using var response = await _api.RetractAsync(retracted, ifMatch: "\"0\"");

        var ack = await ApiClient.AcceptedAsync(response);
        Assert.Equal(new WriteAck(retracted, 1, ack.Position), ack);
        await _api.WaitForProjectionsAsync(ack.Position);
        var institution = await _api.GetJsonAsync($"/api/timelines/institutions/{institutionId}");
        Assert.Equal(1, institution["total"]!.GetValue<long>());
        Assert.Equal(kept, Assert.Single(institution["entries"]!.AsArray())!["recordId"]!.GetValue<string>());
        var country = await _api.GetJsonAsync("/api/timelines/countries/UG");
        Assert.DoesNotContain(country["entries"]!.AsArray(), e => e!["recordId"]!.GetValue<string>() == retracted);
        var report = await _api.GetJsonAsync($"/api/activity/by-year?institution={institutionId}");
        Assert.Equal(1, report["total"]!.GetValue<int>());
        Assert.Equal(2014, Assert.Single(report["years"]!.AsArray())!["year"]!.GetValue<int>());
        var listed = Assert.Single((await _api.GetJsonAsync("/api/institutions")).AsArray(), i => i!["id"]!.GetValue<string>() == institutionId)!;
        Assert.Equal(1, listed["records"]!.GetValue<long>());
    }

    [Fact]
    public async Task An_institution_whose_only_record_is_retracted_keeps_an_empty_timeline()
    {
        var (recordId, institutionId) = (NewId("rec"), NewId("inst"));
        await _api.RecordAndProjectAsync(Meeting(recordId, institutionId));

        var ack = await ApiClient.AcceptedAsync(await _api.RetractAsync(recordId));
        await _api.WaitForProjectionsAsync(ack.Position);

        var timeline = await _api.GetJsonAsync($"/api/timelines/institutions/{institutionId}");
        Assert.Equal(0, timeline["total"]!.GetValue<long>());
        Assert.Empty(timeline["entries"]!.AsArray());
        var listed = Assert.Single((await _api.GetJsonAsync("/api/institutions")).AsArray(), i => i!["id"]!.GetValue<string>() == institutionId)!;
        Assert.Equal(0, listed["records"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_retracted_record_can_still_be_read_with_its_status_reason_and_both_events()
    {
        var recordId = NewId("rec");
        await _api.RecordAndProjectAsync(Meeting(recordId, NewId("inst")));

        using var response = await _api.RetractAsync(recordId, reason: "Duplicate of another announcement.");
        await ApiClient.AcceptedAsync(response);
        var record = await _api.GetJsonAsync($"/api/records/{recordId}");

        Assert.Equal("retracted", record["status"]!.GetValue<string>());
        Assert.Equal("Duplicate of another announcement.", record["retractionReason"]!.GetValue<string>());
        Assert.Equal(1, record["revision"]!.GetValue<long>());
        Assert.Equal(new[] { "MeetingHeld.v1", "RecordRetracted.v1" },
            record["history"]!.AsArray().Select(h => h!["type"]!.GetValue<string>()));
        Assert.Equal(TimelineApiFactory.KeyName, record["history"]![1]!["recordedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Correcting_a_retracted_record_is_refused_with_409_and_writes_nothing()
    {
        var recordId = NewId("rec");
        await _api.RecordAndProjectAsync(Meeting(recordId, NewId("inst")));
        await ApiClient.AcceptedAsync(await _api.RetractAsync(recordId));
        var head = await _api.HeadAsync();

        using var response = await _api.CorrectAsync(recordId, new JsonObject { ["title"] = "Too late" });

        await Problems.AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(head, await _api.HeadAsync());
    }

    [Fact]
    public async Task Retracting_a_record_twice_is_refused_with_409_and_writes_nothing()
    {
        var recordId = NewId("rec");
        await _api.RecordAndProjectAsync(Meeting(recordId, NewId("inst")));
        await ApiClient.AcceptedAsync(await _api.RetractAsync(recordId));
        var head = await _api.HeadAsync();

        using var response = await _api.RetractAsync(recordId);

        await Problems.AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(head, await _api.HeadAsync());
        Assert.Equal(2, (await _api.GetJsonAsync($"/api/records/{recordId}"))["history"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_retraction_with_a_stale_If_Match_is_refused_with_409_and_writes_nothing()
    {
        var recordId = NewId("rec");
        await _api.RecordAndProjectAsync(Meeting(recordId, NewId("inst")));
        await ApiClient.AcceptedAsync(await _api.CorrectAsync(recordId, new JsonObject { ["title"] = "Corrected" }));
        var head = await _api.HeadAsync();

        using var response = await _api.RetractAsync(recordId, ifMatch: "\"0\"");

        await Problems.AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(head, await _api.HeadAsync());
        Assert.Equal("active", (await _api.GetJsonAsync($"/api/records/{recordId}"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_retraction_without_a_reason_is_refused_and_writes_nothing()
    {
        var recordId = NewId("rec");
        await _api.RecordAndProjectAsync(Meeting(recordId, NewId("inst")));
        var head = await _api.HeadAsync();

        using var response = await _api.RetractAsync(recordId, reason: "  ");

        await Problems.AssertInvalidAsync(response, "reason");
        Assert.Equal(head, await _api.HeadAsync());
    }
}
