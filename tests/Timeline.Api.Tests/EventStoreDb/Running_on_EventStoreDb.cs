using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Timeline.Api.Tests.EventStoreDb;

public sealed class Running_on_EventStoreDb
{
    [Fact]
    public async Task A_recorded_activity_shows_on_the_timeline_and_in_its_audit_trail()
    {
        await using var service = await ServiceOnEventStoreDb.StartAsync();
        var correlation = Guid.NewGuid();

        var (recordId, position) = await service.RecordAsync(ServiceOnEventStoreDb.Activity(0, 2021), correlation);
        await service.WaitForProjectionsAsync(position);

        var timeline = await service.Client.GetFromJsonAsync<JsonElement>("/api/timelines/institutions/ou-mongolia");
        var entry = Assert.Single(timeline.GetProperty("entries").EnumerateArray());
        Assert.Equal(recordId, entry.GetProperty("recordId").GetString());
        var record = await service.Client.GetFromJsonAsync<JsonElement>($"/api/records/{recordId}");
        var history = Assert.Single(record.GetProperty("history").EnumerateArray());
        Assert.Equal("AgreementSigned.v1", history.GetProperty("type").GetString());
        Assert.Equal("esdb-tester", history.GetProperty("recordedBy").GetString());
        Assert.Equal(correlation, history.GetProperty("correlationId").GetGuid());
        Assert.Equal(position, history.GetProperty("position").GetInt64());
        Assert.InRange(history.GetProperty("recordedAt").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal("ready", await service.Client.GetFromJsonAsync<string>("/health/ready"));
    }

    [Fact]
    public async Task Restarting_the_server_under_the_running_service_loses_no_event_and_counts_none_twice()
    {
        await using var service = await ServiceOnEventStoreDb.StartAsync();
        var (_, first) = await service.RecordAsync(ServiceOnEventStoreDb.Activity(1, 2019));
        await service.RecordAsync(ServiceOnEventStoreDb.Activity(2, 2020));
        await service.WaitForProjectionsAsync(first);

        await service.Server.RestartAsync();
        await service.RecordAsync(ServiceOnEventStoreDb.Activity(3, 2020));
        var (_, last) = await service.RecordAsync(ServiceOnEventStoreDb.Activity(4, 2021));
        await service.WaitForProjectionsAsync(last);

        Assert.Equal(new Dictionary<int, int> { [2019] = 1, [2020] = 2, [2021] = 1 }, await service.TotalsByYearAsync());
        var timeline = await service.Client.GetFromJsonAsync<JsonElement>("/api/timelines/institutions/ou-mongolia");
        Assert.Equal(4, timeline.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_service_starts_without_its_server_says_it_is_not_ready_and_recovers_when_the_server_comes()
    {
        await using var service = await ServiceOnEventStoreDb.StartWithServerDownAsync();

        using var down = await service.Client.GetAsync("/health/ready");
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, down.StatusCode);

        await service.Server.StartAgainAsync();
        var (_, position) = await service.RecordAsync(ServiceOnEventStoreDb.Activity(5, 2022));
        await service.WaitForProjectionsAsync(position);
        using var up = await service.Client.GetAsync("/health/ready");
        Assert.Equal(System.Net.HttpStatusCode.OK, up.StatusCode);
    }

    [Fact]
    public async Task On_a_cluster_read_from_followers_a_new_leader_loses_no_record_and_the_read_models_converge()
    {
        await using var service = await ServiceOnEventStoreDb.StartOnClusterAsync("nodePreference=follower");
        var cluster = service.Cluster!;
        await service.RecordAsync(ServiceOnEventStoreDb.Activity(6, 2019));
        var (_, first) = await service.RecordAsync(ServiceOnEventStoreDb.Activity(7, 2020));
        await service.WaitForProjectionsAsync(first);

        var oldLeader = cluster.Leader;
        await oldLeader.StopAsync();
        cluster.Elect(cluster.Nodes[1]);
        await service.RecordAsync(ServiceOnEventStoreDb.Activity(8, 2020));
        var (_, last) = await service.RecordAsync(ServiceOnEventStoreDb.Activity(9, 2021));
        await service.WaitForProjectionsAsync(last);

        Assert.Equal(new Dictionary<int, int> { [2019] = 1, [2020] = 2, [2021] = 1 }, await service.TotalsByYearAsync());
        Assert.Equal(4, cluster.Log.All().Count(e => e.Stream.StartsWith("record-", StringComparison.Ordinal)));
        Assert.DoesNotContain(oldLeader.State.Reads, r => r.Options.All is not null);
    }

    [Fact]
    public async Task While_the_server_is_down_each_retry_logs_one_line_with_its_reason_and_no_stack()
    {
        await using var service = await ServiceOnEventStoreDb.StartWithServerDownAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        // The runner gives up on a read after the store's own attempts (about three seconds), then retries.
        while (!service.Logs.Entries.Any(e => e.Category.EndsWith("ProjectionRunner", StringComparison.Ordinal)))
            await Task.Delay(50, timeout.Token);

        var warnings = service.Logs.Entries.Where(e => e.Level >= LogLevel.Warning).ToList();
        Assert.Contains(warnings, e => e.Category.EndsWith("IntegrationEventForwarder", StringComparison.Ordinal));
        Assert.All(warnings, e => Assert.Matches(@"; retrying in \d+(\.\d+)? s$", e.Message));
        Assert.All(warnings, e => Assert.Null(e.Exception));
        Assert.All(warnings, e => Assert.DoesNotContain('\n', e.Message));
        Assert.All(warnings, e => Assert.Contains("unreachable", e.Message, StringComparison.OrdinalIgnoreCase));
    }
}
