using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Http;

/// <summary>What the service reads is exactly what it says it reads; anything else is refused and names itself.</summary>
public sealed class Holding_requests_to_the_letter(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Theory]
    [InlineData("/api/timelines/institutions/ouc?kind=MeetingHeld", "kind")]
    [InlineData("/api/timelines/countries/KZ?form=2019", "form")]
    [InlineData("/api/activity/by-year?kinds=MeetingHeld&countryCode=KZ", "countryCode")]
    [InlineData("/api/records/abc?as-of=2021-01-01", "as-of")]
    public async Task A_query_parameter_the_endpoint_does_not_read_is_refused_by_name(string path, string unknown)
    {
        using var response = await _api.Http.GetAsync(path);

        var problem = await Problems.AssertInvalidAsync(response, unknown);
        Assert.Contains("is not a parameter of this endpoint", problem["errors"]![unknown]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task An_import_with_the_command_line_spelling_of_dry_run_records_nothing()
    {
        var head = await _api.HeadAsync();
        using var content = new StringContent("On 3 May 2019 the university signed an agreement with UNESCO.", Encoding.UTF8, "text/plain");

        using var response = await _api.PostRawAsync("/api/imports?dry-run=true&documentId=probe", content);

        await Problems.AssertInvalidAsync(response, "dry-run");
        Assert.Equal(head, await _api.HeadAsync());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("TRUE")]
    public async Task Dry_run_takes_yes_as_people_write_it(string yes)
    {
        var head = await _api.HeadAsync();
        using var content = new StringContent("On 3 May 2019 the university signed an agreement with UNESCO.", Encoding.UTF8, "text/plain");

        using var response = await _api.PostRawAsync($"/api/imports?dryRun={yes}&documentId=probe-{yes}", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(head, await _api.HeadAsync());
    }

    [Fact]
    public async Task Dry_run_refuses_what_is_not_a_yes_or_no()
    {
        using var content = new StringContent("Some text.", Encoding.UTF8, "text/plain");
        using var response = await _api.PostRawAsync("/api/imports?dryRun=perhaps", content);

        var problem = await Problems.AssertInvalidAsync(response, "dryRun");
        Assert.DoesNotContain("Nullable", problem.ToJsonString());
    }

    [Fact]
    public async Task A_number_sent_as_a_string_is_refused()
    {
        var body = Meeting(NewId("rec"), NewId("inst"));
        body["kind"] = "DelegationVisited";
        body["direction"] = "inbound";
        body["memberCount"] = "4";

        await Problems.AssertInvalidAsync(await _api.RecordAsync(body), "memberCount");
    }

    [Fact]
    public async Task A_key_given_twice_is_refused_rather_than_the_last_one_winning()
    {
        var body = Meeting(NewId("rec"), NewId("inst")).ToJsonString();
        var twice = body.Replace("\"title\":", "\"title\":\"first\",\"title\":", StringComparison.Ordinal);
        using var content = new StringContent(twice, Encoding.UTF8, "application/json");

        using var response = await _api.PostRawAsync("/api/records", content);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("more than once", problem.ToJsonString());
    }

    [Fact]
    public async Task A_date_with_spaces_around_it_is_refused_not_trimmed()
    {
        await Problems.AssertInvalidAsync(await _api.RecordAsync(Meeting(NewId("rec"), NewId("inst"), date: "2015-03-10 ")), "date");
    }

    [Fact]
    public async Task An_If_Match_with_a_space_inside_its_quotes_is_refused()
    {
        var ack = await ApiClient.AcceptedAsync(await _api.RecordAsync(Meeting(NewId("rec"), NewId("inst"))), HttpStatusCode.Created);

        using var response = await _api.CorrectAsync(ack.RecordId, new JsonObject { ["title"] = "Another title" }, ifMatch: "\"0 \"");

        await Problems.AssertInvalidAsync(response, "If-Match");
    }

    [Fact]
    public async Task A_body_without_a_json_content_type_is_refused_with_415_saying_what_to_send()
    {
        var head = await _api.HeadAsync();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Meeting(NewId("rec"), NewId("inst")).ToJsonString()));

        using var response = await _api.PostRawAsync("/api/records", content);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/json", problem["detail"]!.GetValue<string>());
        Assert.Equal(head, await _api.HeadAsync());
    }

    [Theory]
    [InlineData("institutions", 51)]
    [InlineData("places", 51)]
    [InlineData("people", 101)]
    public async Task A_list_over_its_cap_is_refused(string field, int count)
    {
        var body = Meeting(NewId("rec"), NewId("inst"));
        var items = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            items.Add(field switch
            {
                "institutions" => Institution(NewId("inst")),
                "people" => new JsonObject { ["name"] = $"Person {i}" },
                _ => JsonValue.Create($"Place {i}"),
            });
        }
        body[field] = items;

        await Problems.AssertInvalidAsync(await _api.RecordAsync(body), field);
    }

    [Fact]
    public async Task A_string_over_its_cap_is_refused_against_its_field()
    {
        var body = Meeting(NewId("rec"), NewId("inst"));
        body["people"] = new JsonArray(new JsonObject { ["name"] = new string('x', 201) });

        await Problems.AssertInvalidAsync(await _api.RecordAsync(body), "people[0].name");
    }
}
