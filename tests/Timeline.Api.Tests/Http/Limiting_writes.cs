using System.Net;
using Microsoft.AspNetCore.Hosting;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Http;

/// <summary>A service with tight limits, so that a few requests reach them.</summary>
public sealed class TightLimitsApi() : TimelineApiFactory(loadSampleData: false)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:RateLimits:FailedKeyAttemptsPerMinute", "3");
        builder.UseSetting("Api:RateLimits:WritesPerSecond", "1");
        builder.UseSetting("Api:RateLimits:WriteBurst", "3");
    }
}

public sealed class Limiting_writes
{
    [Fact]
    public async Task Wrong_keys_past_the_limit_get_429_and_then_even_the_right_key_waits()
    {
        using var factory = new TightLimitsApi();
        var api = factory.CreateApiClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await api.RecordAsync(Meeting(NewId("rec"), NewId("inst")), apiKey: $"guess-{i}")).StatusCode);

        using var guess = await api.RecordAsync(Meeting(NewId("rec"), NewId("inst")), apiKey: "guess-4");
        using var right = await api.RecordAsync(Meeting(NewId("rec"), NewId("inst")));

        await Problems.AssertProblemAsync(guess, HttpStatusCode.TooManyRequests);
        await Problems.AssertProblemAsync(right, HttpStatusCode.TooManyRequests);
        Assert.True(right.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 without Retry-After");
    }

    [Fact]
    public async Task Writes_over_a_keys_rate_get_429_with_Retry_After_and_write_nothing()
    {
        using var factory = new TightLimitsApi();
        var api = factory.CreateApiClient();
        var statuses = new List<HttpStatusCode>();
        var institution = NewId("inst");
        for (var i = 0; i < 6; i++)
        {
            using var response = await api.RecordAsync(Meeting(NewId("rec"), institution));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                Assert.NotNull(response.Headers.RetryAfter);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        var created = statuses.Count(s => s == HttpStatusCode.Created);
        await api.CatchUpAsync();
        // The records, and the registration of the institution the first one names.
        Assert.Equal(created + 1, (long)(await api.HeadAsync()));
    }
}
