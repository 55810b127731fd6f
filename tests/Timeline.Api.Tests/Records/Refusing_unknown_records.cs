using System.Net;
using System.Text.Json.Nodes;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Records;

public sealed class Refusing_unknown_records(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Theory]
    [InlineData("no-such-record")]
    [InlineData("Not_A_Record_Id")]
    public async Task Reading_a_record_that_does_not_exist_answers_404(string recordId)
    {
        using var response = await _api.Http.GetAsync($"/api/records/{recordId}");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains(recordId, problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Correcting_a_record_that_does_not_exist_answers_404_and_writes_nothing()
    {
        var head = await _api.HeadAsync();

        using var response = await _api.CorrectAsync(NewId("rec"), new JsonObject { ["title"] = "Nothing to correct" });

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(head, await _api.HeadAsync());
    }

    [Fact]
    public async Task Correcting_a_record_that_does_not_exist_answers_404_even_with_If_Match()
    {
        var head = await _api.HeadAsync();

        using var response = await _api.CorrectAsync(NewId("rec"), new JsonObject { ["title"] = "Nothing to correct" }, ifMatch: "\"0\"");

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(head, await _api.HeadAsync());
    }

    [Fact]
    public async Task Retracting_a_record_that_does_not_exist_answers_404_and_writes_nothing()
    {
        var head = await _api.HeadAsync();

        using var response = await _api.RetractAsync(NewId("rec"));

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(head, await _api.HeadAsync());
    }
}
