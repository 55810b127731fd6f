using System.Net;
using System.Text.Json.Nodes;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Audit;

/// <summary>Many callers sending the same correction at once: only the one the stored event names is told it wrote.</summary>
public sealed class Racing_identical_corrections(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private const int Callers = 64;
    private readonly ApiClient _api = factory.CreateApiClient();

    private Task<HttpResponseMessage> CorrectAsync(string recordId, Guid correlation) =>
        _api.PostAsync($"/api/records/{recordId}/corrections",
            new JsonObject { ["changes"] = new JsonObject { ["title"] = "The same fix from everyone" }, ["reason"] = "Misread." },
            ifMatch: "\"0\"", correlationId: correlation);

    [Fact]
    public async Task Of_64_callers_only_the_one_named_by_the_stored_event_succeeds_and_the_rest_get_409_naming_it()
    {
        var recordId = NewId("rec");
        await ApiClient.AcceptedAsync(await _api.RecordAsync(Meeting(recordId, NewId("inst"))), HttpStatusCode.Created);
        var correlations = Enumerable.Range(0, Callers).Select(_ => Guid.NewGuid()).ToList();

        var responses = await Task.WhenAll(correlations.Select(c => CorrectAsync(recordId, c)));

        var record = await _api.GetJsonAsync($"/api/records/{recordId}");
        var stored = Assert.Single(record["history"]!.AsArray(), h => h!["type"]!.GetValue<string>() == "RecordCorrected.v1")!;
        var winner = Guid.Parse(stored["correlationId"]!.GetValue<string>());
        var succeeded = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(winner, Guid.Parse(succeeded.Headers.GetValues("X-Correlation-Id").Single()));
        foreach (var refused in responses.Where(r => r != succeeded))
        {
            var problem = await Problems.AssertProblemAsync(refused, HttpStatusCode.Conflict);
            Assert.Equal(stored["eventId"]!.GetValue<string>(), problem["eventId"]!.GetValue<string>());
            Assert.Equal(TimelineApiFactory.KeyName, problem["recordedBy"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task The_same_caller_repeating_its_own_correction_is_answered_as_the_first_time()
    {
        var recordId = NewId("rec");
        await ApiClient.AcceptedAsync(await _api.RecordAsync(Meeting(recordId, NewId("inst"))), HttpStatusCode.Created);
        var correlation = Guid.NewGuid();

        var first = await ApiClient.AcceptedAsync(await CorrectAsync(recordId, correlation));
        var repeat = await ApiClient.AcceptedAsync(await CorrectAsync(recordId, correlation));

        Assert.Equal(first, repeat);
        Assert.Equal(1, (await _api.GetJsonAsync($"/api/records/{recordId}"))["revision"]!.GetValue<long>());
    }
}
