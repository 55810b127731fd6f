using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Records;

/// <summary>A service whose store clock moves one day at every reading, so each write has its own day.</summary>
public sealed class DailyClockApi() : TimelineApiFactory(loadSampleData: false)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new DailyClock()));
    }

    private sealed class DailyClock : TimeProvider
    {
        private long _days;

        public override DateTimeOffset GetUtcNow() =>
            new DateTimeOffset(2021, 1, 1, 12, 0, 0, TimeSpan.Zero).AddDays(Interlocked.Increment(ref _days));
    }
}

public sealed class Reading_a_record_as_known_at_a_time(DailyClockApi factory) : IClassFixture<DailyClockApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_record_read_as_of_a_moment_shows_only_what_was_recorded_by_then()
    {
        var recordId = NewId("rec");
        await _api.RecordAndProjectAsync(Meeting(recordId, NewId("inst"), date: "2015-03-10"));
        await ApiClient.AcceptedAsync(await _api.CorrectAsync(recordId, new JsonObject { ["date"] = "2015-03-11" }));
        var current = await _api.GetJsonAsync($"/api/records/{recordId}");
        var recordedAt = current["history"]!.AsArray().Select(h => DateTimeOffset.Parse(h!["recordedAt"]!.GetValue<string>())).ToArray();
        var between = recordedAt[0].AddHours(1).ToString("O");

        var then = await _api.GetJsonAsync($"/api/records/{recordId}?asOf={Uri.EscapeDataString(between)}");

        Assert.True(recordedAt[1] > recordedAt[0].AddHours(1));
        Assert.Equal("2015-03-11", current["facts"]!["date"]!.GetValue<string>());
        Assert.Equal("2015-03-10", then["facts"]!["date"]!.GetValue<string>());
        Assert.Equal(0, then["revision"]!.GetValue<long>());
        Assert.Single(then["history"]!.AsArray());
    }

    [Fact]
    public async Task A_record_read_as_of_a_day_before_it_was_recorded_is_not_found()
    {
        var recordId = NewId("rec");
        await _api.RecordAndProjectAsync(Meeting(recordId, NewId("inst")));

        using var response = await _api.Http.GetAsync($"/api/records/{recordId}?asOf=2020-12-31");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("was not recorded by", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_asOf_that_is_not_a_time_is_refused_with_400()
    {
        using var response = await _api.Http.GetAsync($"/api/records/{NewId("rec")}?asOf=last-tuesday");

        await Problems.AssertInvalidAsync(response, "asOf");
    }
}
