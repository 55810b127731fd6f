using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Telemetry;
using Timeline.Api.Tests.Http;
using Timeline.EventStore.Tests.Telemetry;

namespace Timeline.Api.Tests.Telemetry;

/// <summary>The Prometheus endpoint and the API's own meters, through the real HTTP pipeline and a real MeterListener.</summary>
public sealed class Scraping_metrics(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task The_metrics_endpoint_answers_the_Prometheus_text_format_with_the_append_counter_after_a_write()
    {
        await _api.RecordAndProjectAsync(Activities.Meeting(Activities.NewId("counted"), Activities.NewId("host")));

        // Scrapes are cached for a moment: wait, within the usual bound, for one taken after the write.
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var response = await _api.Http.GetAsync("/metrics");
            var text = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            if (Sample(text, "timeline_eventstore_appends_total", "outcome=\"ok\"") >= 1)
            {
                Assert.Contains("# TYPE timeline_eventstore_appends_total counter", text);
                Assert.True(Sample(text, "timeline_eventstore_events_appended_total") >= 1, text);
                Assert.Contains("# TYPE timeline_eventstore_append_duration_seconds histogram", text);
                Assert.Contains("# TYPE http_server_request_duration_seconds histogram", text);
                return;
            }
            if (clock.Elapsed > ApiClient.ProjectionTimeout)
                Assert.Fail($"No append counted in /metrics after a write:\n{text}");
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    [Fact]
    public async Task Every_write_refused_by_the_rate_limit_is_counted_under_its_policy()
    {
        using var tight = new TightLimitsApi();
        using var meters = new MeterCollector(TimelineMetrics.MeterName, tight.Services.GetRequiredService<IMeterFactory>());
        var api = tight.CreateApiClient();
        var refused = 0;
        for (var i = 0; i < 6; i++)
        {
            using var response = await api.RecordAsync(Activities.Meeting(Activities.NewId("limited"), Activities.NewId("host")));
            refused += response.StatusCode == HttpStatusCode.TooManyRequests ? 1 : 0;
        }

        Assert.True(refused > 0, "the tight limit refused nothing");
        Assert.Equal(refused, meters.Sum("timeline.ratelimit.refusals", ("policy", "writes")));
    }

    [Fact]
    public async Task The_read_model_lag_gauge_reads_zero_once_the_projections_catch_up()
    {
        using var meters = new MeterCollector("Timeline.Projections", factory.Services.GetRequiredService<IMeterFactory>());
        await _api.RecordAndProjectAsync(Activities.Meeting(Activities.NewId("lag"), Activities.NewId("host")));

        meters.Observe();

        Assert.Equal(0, meters.Last("timeline.projection.lag"));
    }

    /// <summary>The value of the sample of <paramref name="metric"/> whose labels include <paramref name="label"/>; -1 when absent.</summary>
    private static double Sample(string exposition, string metric, string label = "")
    {
        var match = Regex.Match(exposition, $@"^{metric}\{{[^}}]*{Regex.Escape(label)}[^}}]*\}} (\S+)", RegexOptions.Multiline);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
    }
}
