using System.Net;
using System.Text.Json.Nodes;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Records;

public sealed class Recording_an_activity(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_recorded_activity_is_acknowledged_with_its_id_revision_0_and_log_position()
    {
        var recordId = NewId("rec");

        using var response = await _api.RecordAsync(Meeting(recordId, NewId("inst")));

        var ack = await ApiClient.AcceptedAsync(response, HttpStatusCode.Created);
        Assert.Equal(new WriteAck(recordId, 0, ack.Position), ack);
        Assert.True(ack.Position > 0, $"position {ack.Position}");
        Assert.Equal($"/api/records/{recordId}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"0\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task The_record_shows_one_event_recorded_by_the_key_name_under_the_callers_correlation_id()
    {
        var recordId = NewId("rec");
        var correlationId = Guid.NewGuid();

        using var written = await _api.RecordAsync(Meeting(recordId, NewId("inst")), correlationId: correlationId);
        var ack = await ApiClient.AcceptedAsync(written, HttpStatusCode.Created);
        using var response = await _api.Http.GetAsync($"/api/records/{recordId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"0\"", response.Headers.ETag?.Tag);
        Assert.Equal(correlationId.ToString(), Assert.Single(written.Headers.GetValues("X-Correlation-Id")));
        var record = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(recordId, record["recordId"]!.GetValue<string>());
        Assert.Equal("MeetingHeld", record["kind"]!.GetValue<string>());
        Assert.Equal("active", record["status"]!.GetValue<string>());
        Assert.Equal(0, record["revision"]!.GetValue<long>());
        Assert.Equal("2015-03-10", record["facts"]!["date"]!.GetValue<string>());
        var recorded = Assert.Single(record["history"]!.AsArray())!;
        Assert.Equal("MeetingHeld.v1", recorded["type"]!.GetValue<string>());
        Assert.Equal(0, recorded["revision"]!.GetValue<long>());
        Assert.Equal(ack.Position, recorded["position"]!.GetValue<long>());
        Assert.Equal(TimelineApiFactory.KeyName, recorded["recordedBy"]!.GetValue<string>());
        Assert.Equal(correlationId, recorded["correlationId"]!.GetValue<Guid>());
        Assert.NotEqual(correlationId, recorded["causationId"]!.GetValue<Guid>());
        Assert.NotEqual(Guid.Empty, recorded["eventId"]!.GetValue<Guid>());
        Assert.Null(recorded["importBatch"]);
        Assert.True(DateTimeOffset.UtcNow - recorded["recordedAt"]!.GetValue<DateTimeOffset>() < TimeSpan.FromMinutes(5));
        Assert.Equal(recordId, recorded["data"]!["recordId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_write_without_a_correlation_id_is_given_a_new_one()
    {
        var recordId = NewId("rec");

        using var written = await _api.RecordAsync(Meeting(recordId, NewId("inst")));
        await ApiClient.AcceptedAsync(written, HttpStatusCode.Created);
        var record = await _api.GetJsonAsync($"/api/records/{recordId}");

        var given = Guid.Parse(Assert.Single(written.Headers.GetValues("X-Correlation-Id")));
        Assert.NotEqual(Guid.Empty, given);
        Assert.Equal(given, record["history"]![0]!["correlationId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task A_recorded_activity_appears_on_its_institution_and_country_timelines_once_projected()
    {
        var recordId = NewId("rec");
        var institutionId = NewId("inst");

        await _api.RecordAndProjectAsync(Meeting(recordId, institutionId, date: "2017-05-02", country: "KE"));
        var institution = await _api.GetJsonAsync($"/api/timelines/institutions/{institutionId}");
        var country = await _api.GetJsonAsync("/api/timelines/countries/KE");

        Assert.Equal(1, institution["total"]!.GetValue<long>());
        var entry = Assert.Single(institution["entries"]!.AsArray())!;
        Assert.Equal(recordId, entry["recordId"]!.GetValue<string>());
        Assert.Equal("2017-05-02", entry["date"]!.GetValue<string>());
        Assert.Equal("2 May 2017", entry["dateDisplay"]!.GetValue<string>());
        Assert.Equal("MeetingHeld", entry["kind"]!.GetValue<string>());
        Assert.Contains(country["entries"]!.AsArray(), e => e!["recordId"]!.GetValue<string>() == recordId);
    }

    [Fact]
    public async Task A_recorded_activity_is_counted_in_its_year_and_listed_in_the_catalogue()
    {
        var recordId = NewId("rec");
        var institutionId = NewId("inst");

        await _api.RecordAndProjectAsync(Agreement(recordId, institutionId, date: "2016-09-01", country: "GH"));
        var report = await _api.GetJsonAsync($"/api/activity/by-year?institution={institutionId}");
        var institutions = (await _api.GetJsonAsync("/api/institutions")).AsArray();
        var countries = (await _api.GetJsonAsync("/api/countries")).AsArray();

        var year = Assert.Single(report["years"]!.AsArray())!;
        Assert.Equal(2016, year["year"]!.GetValue<int>());
        Assert.Equal(1, year["byKind"]!["AgreementSigned"]!.GetValue<int>());
        var listed = Assert.Single(institutions, i => i!["id"]!.GetValue<string>() == institutionId)!;
        Assert.Equal(1, listed["records"]!.GetValue<long>());
        Assert.Equal("GH", listed["country"]!.GetValue<string>());
        Assert.Contains(countries, c => c!["code"]!.GetValue<string>() == "GH");
    }

    [Fact]
    public async Task A_record_id_is_derived_from_the_source_when_none_is_given()
    {
        var body = Meeting("unused", NewId("inst"));
        body.Remove("recordId");
        body["source"]!["documentId"] = NewId("doc");

        using var response = await _api.RecordAsync(body);

        var ack = await ApiClient.AcceptedAsync(response, HttpStatusCode.Created);
        Assert.Matches("^[0-9a-f]{24}$", ack.RecordId);
        Assert.Equal(ack.RecordId, (await _api.GetJsonAsync($"/api/records/{ack.RecordId}"))["recordId"]!.GetValue<string>());
    }
}
