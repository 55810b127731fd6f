using System.Net;
using System.Text.Json.Nodes;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Records;

/// <summary>Every write needs a configured <c>X-Api-Key</c>; reads do not.</summary>
public sealed class Refusing_unauthorised_writes(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    public static TheoryData<string?> BadKeys => new() { null, "", "not-the-key", TimelineApiFactory.KeyName };

    [Theory]
    [MemberData(nameof(BadKeys))]
    public async Task Recording_without_a_configured_key_is_refused_with_401_and_writes_nothing(string? apiKey)
    {
        var head = await _api.HeadAsync();

        using var response = await _api.RecordAsync(Meeting(NewId("rec"), NewId("inst")), apiKey: apiKey);

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(head, await _api.HeadAsync());
    }

    [Fact]
    public async Task A_missing_key_and_a_wrong_key_are_told_apart_in_the_problem()
    {
        using var missing = await _api.RecordAsync(Meeting(NewId("rec"), NewId("inst")), apiKey: null);
        using var wrong = await _api.RecordAsync(Meeting(NewId("rec"), NewId("inst")), apiKey: "not-the-key");

        var missingDetail = (await Problems.AssertProblemAsync(missing, HttpStatusCode.Unauthorized))["detail"]!.GetValue<string>();
        var wrongDetail = (await Problems.AssertProblemAsync(wrong, HttpStatusCode.Unauthorized))["detail"]!.GetValue<string>();
        Assert.Contains("X-Api-Key", missingDetail);
        Assert.NotEqual(missingDetail, wrongDetail);
    }

    [Fact]
    public async Task Correcting_or_retracting_without_a_key_is_refused_with_401_and_writes_nothing()
    {
        var recordId = NewId("rec");
        await _api.RecordAndProjectAsync(Meeting(recordId, NewId("inst")));
        var head = await _api.HeadAsync();

        using var correction = await _api.CorrectAsync(recordId, new JsonObject { ["title"] = "Sneaky" }, apiKey: null);
        using var retraction = await _api.RetractAsync(recordId, apiKey: "not-the-key");

        await Problems.AssertProblemAsync(correction, HttpStatusCode.Unauthorized);
        await Problems.AssertProblemAsync(retraction, HttpStatusCode.Unauthorized);
        Assert.Equal(head, await _api.HeadAsync());
        Assert.Equal("active", (await _api.GetJsonAsync($"/api/records/{recordId}"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_key_is_checked_before_the_body_is_read()
    {
        var head = await _api.HeadAsync();

        using var response = await _api.PostRawAsync("/api/records", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"), apiKey: "not-the-key");

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(head, await _api.HeadAsync());
    }
}
