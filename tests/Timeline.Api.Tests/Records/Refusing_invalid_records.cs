using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Records;

/// <summary>Every refusal of <c>POST /api/records</c> names the field at fault and leaves the log as it was.</summary>
public sealed class Refusing_invalid_records(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Theory]
    [InlineData("{ this is not json }")]
    [InlineData("[1, 2, 3]")]
    [InlineData("null")]
    [InlineData("")]
    public async Task A_body_that_is_not_a_JSON_object_is_refused_against_the_body(string body)
    {
        var head = await _api.HeadAsync();

        using var response = await _api.PostRawAsync("/api/records", new StringContent(body, Encoding.UTF8, "application/json"));

        await Problems.AssertInvalidAsync(response, "body");
        Assert.Equal(head, await _api.HeadAsync());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task A_body_not_sent_as_JSON_is_refused_with_415_and_writes_nothing(string mediaType)
    {
        var head = await _api.HeadAsync();
        var json = Meeting(NewId("rec"), NewId("inst")).ToJsonString();

        using var response = await _api.PostRawAsync("/api/records", new StringContent(json, Encoding.UTF8, mediaType));

        await Problems.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(head, await _api.HeadAsync());
    }

    [Fact]
    public async Task A_body_cut_short_is_refused_as_invalid_JSON()
    {
        var head = await _api.HeadAsync();
        var json = Meeting(NewId("rec"), NewId("inst")).ToJsonString();

        using var response = await _api.PostRawAsync("/api/records", new StringContent(json[..^10], Encoding.UTF8, "application/json"));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var reasons = problem["errors"]!.AsObject().SelectMany(e => e.Value!.AsArray()).Select(r => r!.GetValue<string>());
        Assert.Contains(reasons, r => r.Contains("not valid JSON", StringComparison.Ordinal));
        Assert.Equal(head, await _api.HeadAsync());
    }

    [Theory]
    [InlineData("kind", "Picnic", "kind")]
    [InlineData("date", "2020-13-01", "date")]
    [InlineData("date", "2020-02-30", "date")]
    [InlineData("date", "2020-05-01/2020-04-01", "date")]
    [InlineData("date", "last spring", "date")]
    [InlineData("recordId", "Not A Slug", "recordId")]
    public async Task A_field_with_an_unacceptable_value_is_refused_against_that_field(string property, string value, string field)
    {
        var body = Meeting(NewId("rec"), NewId("inst"));
        body[property] = value;

        await AssertRefusedAsync(body, field);
    }

    [Fact]
    public async Task An_unknown_country_among_the_countries_is_refused_against_its_index()
    {
        var body = Meeting(NewId("rec"), NewId("inst"));
        body["countries"] = new JsonArray("KE", "XY");

        await AssertRefusedAsync(body, "countries[1]");
    }

    [Fact]
    public async Task An_unknown_country_of_an_institution_is_refused_against_that_institution()
    {
        var body = Meeting(NewId("rec"), NewId("inst"));
        body["institutions"]![0]!["country"] = "XY";

        await AssertRefusedAsync(body, "institutions[0].country");
    }

    [Theory]
    [InlineData("title")]
    [InlineData("institutions")]
    [InlineData("source")]
    [InlineData("date")]
    [InlineData("kind")]
    public async Task A_missing_required_field_is_refused_against_that_field(string field)
    {
        var body = Meeting(NewId("rec"), NewId("inst"));
        body.Remove(field);

        await AssertRefusedAsync(body, field);
    }

    [Fact]
    public async Task An_empty_list_of_institutions_is_refused()
    {
        var body = Meeting(NewId("rec"), NewId("inst"));
        body["institutions"] = new JsonArray();

        await AssertRefusedAsync(body, "institutions");
    }

    [Fact]
    public async Task An_unknown_field_is_refused_against_its_name()
    {
        var body = Meeting(NewId("rec"), NewId("inst"));
        body["colour"] = "red";

        await AssertRefusedAsync(body, "colour");
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_is_refused_against_that_field()
    {
        var body = Meeting(NewId("rec"), NewId("inst"));
        body["title"] = 42;

        await AssertRefusedAsync(body, "title");
    }

    [Fact]
    public async Task A_field_of_another_kind_of_activity_is_refused()
    {
        var body = Meeting(NewId("rec"), NewId("inst"));
        body["agreementType"] = "memorandum of understanding";

        await AssertRefusedAsync(body, "agreementType");
    }

    [Fact]
    public async Task Every_problem_of_a_body_is_reported_at_once()
    {
        var body = Meeting(NewId("rec"), NewId("inst"));
        body.Remove("title");
        body["date"] = "2020-13-01";
        body["countries"] = new JsonArray("XY");

        var problem = await AssertRefusedAsync(body, "title");

        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("date") && errors.ContainsKey("countries[0]"), errors.ToJsonString());
    }

    [Fact]
    public async Task Recording_the_same_record_twice_is_refused_with_409_and_writes_nothing()
    {
        var body = Meeting(NewId("rec"), NewId("inst"));
        await ApiClient.AcceptedAsync(await _api.RecordAsync(body), HttpStatusCode.Created);
        var head = await _api.HeadAsync();

        using var response = await _api.RecordAsync(body);

        await Problems.AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(head, await _api.HeadAsync());
    }

    [Fact]
    public async Task Recording_the_same_announcement_twice_without_a_record_id_is_refused_with_409()
    {
        var body = Meeting("unused", NewId("inst"));
        body.Remove("recordId");
        body["source"]!["documentId"] = NewId("doc");
        await ApiClient.AcceptedAsync(await _api.RecordAsync(body), HttpStatusCode.Created);
        var head = await _api.HeadAsync();

        using var response = await _api.RecordAsync(body);

        await Problems.AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(head, await _api.HeadAsync());
    }

    private async Task<JsonNode> AssertRefusedAsync(JsonObject body, string field)
    {
        var head = await _api.HeadAsync();

        using var response = await _api.RecordAsync(body);

        var problem = await Problems.AssertInvalidAsync(response, field);
        Assert.Equal(head, await _api.HeadAsync());
        return problem;
    }
}
