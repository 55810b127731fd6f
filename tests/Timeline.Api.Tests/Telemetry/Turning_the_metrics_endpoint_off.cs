using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace Timeline.Api.Tests.Telemetry;

/// <summary>A service whose operator turned the scrape endpoint off.</summary>
public sealed class MetricsOffApi() : TimelineApiFactory(loadSampleData: false)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Telemetry:Prometheus:Enabled", "false");
    }
}

public sealed class Turning_the_metrics_endpoint_off(MetricsOffApi factory) : IClassFixture<MetricsOffApi>
{
    [Fact]
    public async Task With_the_endpoint_off_metrics_answers_404_and_the_service_still_works()
    {
        var api = factory.CreateApiClient();

        using var metrics = await api.Http.GetAsync("/metrics");
        using var ready = await api.Http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.NotFound, metrics.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
