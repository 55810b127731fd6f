using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Timeline.EventStore;

namespace Timeline.Api.Tests.Hostile;

/// <summary>What the hostile sweep and probing by hand found, each held by a test of its own.</summary>
public sealed class Refusing_what_the_sweep_found(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_refusal_is_problem_details_even_to_a_client_that_accepts_only_xml()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/activity/by-month");
        request.Headers.Accept.ParseAdd("application/xml");

        using var response = await _api.Http.SendAsync(request);

        await Problems.AssertInvalidAsync(response, "year");
    }

    [Theory]
    [InlineData("GET", "/api/records/x/nothing", HttpStatusCode.NotFound)]
    [InlineData("POST", "/api/records//corrections", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/imports", HttpStatusCode.MethodNotAllowed)]
    public async Task A_request_that_routes_nowhere_gets_a_problem_naming_its_path(string method, string path, HttpStatusCode status)
    {
        using var response = await _api.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var problem = await Problems.AssertProblemAsync(response, status);
        Assert.Contains("/api/", problem["detail"]?.GetValue<string>() ?? "");
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE }, "UTF-8")]
    [InlineData(new byte[] { 0x5C, 0x75, 0x64, 0x38, 0x30, 0x30 }, "surrogate")]
    public async Task A_string_that_makes_no_text_is_refused_as_such_against_its_field(byte[] inTitle, string reason)
    {
        var body = Encoding.UTF8.GetBytes("{\"kind\":\"MeetingHeld\",\"title\":\"a").Concat(inTitle).Concat(Encoding.UTF8.GetBytes("b\"}")).ToArray();

        using var response = await _api.PostRawAsync("/api/records", Json(body));

        var problem = await Problems.AssertInvalidAsync(response, "title");
        Assert.Contains(reason, problem["errors"]!["title"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_plain_text_import_that_is_not_utf8_is_refused_and_records_nothing()
    {
        var head = await HeadAsync();
        var page = Encoding.Latin1.GetBytes("Le 3 mars 2020, l'OUC a signé un accord de coopération avec l'UNESCO à Paris.");

        using var response = await _api.PostRawAsync("/api/imports?documentId=latin1", new ByteArrayContent(page)
        {
            Headers = { ContentType = new MediaTypeHeaderValue("text/plain") },
        });

        var problem = await Problems.AssertInvalidAsync(response, "body");
        Assert.Contains("UTF-8", problem["errors"]!["body"]![0]!.GetValue<string>());
        Assert.Equal(head, await HeadAsync());
    }

    [Fact]
    public async Task A_body_in_another_charset_is_refused_with_415_saying_to_send_utf8()
    {
        var body = Encoding.Unicode.GetBytes(Activities.Meeting(Activities.NewId("utf16"), Activities.NewId("utf16-partner")).ToJsonString());
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-16");

        using var response = await _api.PostRawAsync("/api/records", content);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("utf-8", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_import_asking_for_an_unknown_report_format_is_refused_before_anything_is_imported()
    {
        var head = await HeadAsync();
        var page = new JsonObject { ["documentId"] = "format-xml", ["text"] = "On 3 March 2020, OUC signed a cooperation agreement with UNESCO in Paris." };

        using var response = await _api.PostAsync("/api/imports?format=xml", page);

        await Problems.AssertInvalidAsync(response, "format");
        Assert.Equal(head, await HeadAsync());
    }

    [Theory]
    [InlineData("title", 0x1B)]
    [InlineData("institutions[0].name", 0x00)]
    [InlineData("source.text", 0x85)]
    public async Task A_control_character_in_a_string_the_service_keeps_is_refused_against_its_field_and_records_nothing(string field, int control)
    {
        var head = await HeadAsync();
        var body = Activities.Meeting(Activities.NewId("control"), Activities.NewId("control-partner"));
        var (parent, member) = field switch
        {
            "title" => (body, "title"),
            "institutions[0].name" => (body["institutions"]![0]!.AsObject(), "name"),
            _ => (body["source"]!.AsObject(), "text"),
        };
        parent[member] = $"before{(char)control}after";

        using var response = await _api.PostAsync("/api/records", body);

        var problem = await Problems.AssertInvalidAsync(response, field);
        Assert.Contains($"U+{control:X4}", problem["errors"]![field]![0]!.GetValue<string>());
        Assert.Equal(head, await HeadAsync());
    }

    [Theory]
    [InlineData(0x7F)]
    [InlineData(0x85)]
    [InlineData(0x9F)]
    public async Task A_control_character_sent_unescaped_in_the_json_text_is_refused_as_the_escaped_one_is(int control)
    {
        // JSON lets DEL and the C1 controls stand in a string as they are, with no escape.
        var head = await HeadAsync();
        var body = Activities.Meeting(Activities.NewId("raw-control"), Activities.NewId("raw-control-partner"));
        body["title"] = "before MARK after";
        var json = body.ToJsonString().Replace("MARK", ((char)control).ToString());

        using var response = await _api.PostRawAsync("/api/records", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await Problems.AssertInvalidAsync(response, "title");
        Assert.Contains($"U+{control:X4}", problem["errors"]!["title"]![0]!.GetValue<string>());
        Assert.Equal(head, await HeadAsync());
    }

    [Theory]
    [InlineData("page%07bell", false, "documentId")]
    [InlineData("page-nul", true, "body")]
    public async Task A_plain_text_import_holding_a_control_character_is_refused_and_records_nothing(string documentId, bool nulInPage, string field)
    {
        var head = await HeadAsync();
        var page = $"On 3 March 2020, OUC signed a cooperation agreement{(nulInPage ? "\0" : "")} with UNESCO in Paris.";

        using var response = await _api.PostRawAsync($"/api/imports?documentId={documentId}", new StringContent(page, Encoding.UTF8, "text/plain"));

        await Problems.AssertInvalidAsync(response, field);
        Assert.Equal(head, await HeadAsync());
    }

    [Fact]
    public async Task A_range_in_a_unit_other_than_bytes_is_ignored_and_the_whole_page_sent()
    {
        using var whole = await _api.Http.GetAsync("/");

        using var items = await GetWithRangeAsync("/", "items=-1");
        using var bytes = await GetWithRangeAsync("/", "bytes=0-0");

        Assert.Equal(HttpStatusCode.OK, items.StatusCode);
        Assert.Equal(await whole.Content.ReadAsByteArrayAsync(), await items.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.PartialContent, bytes.StatusCode);
        Assert.Single(await bytes.Content.ReadAsByteArrayAsync());
    }

    private Task<HttpResponseMessage> GetWithRangeAsync(string path, string range)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Range", range);
        return _api.Http.SendAsync(request);
    }

    private static ByteArrayContent Json(byte[] body) => new(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };

    private Task<long> HeadAsync() => factory.Services.GetRequiredService<IEventStore>().ReadHeadPositionAsync();
}
