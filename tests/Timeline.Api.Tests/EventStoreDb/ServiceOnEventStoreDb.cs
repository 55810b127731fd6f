using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Timeline.EventStore.Tests.EventStoreDb.Double;

namespace Timeline.Api.Tests.EventStoreDb;

/// <summary>The whole service with <c>EventStore:Provider=EventStoreDb</c>, against the in-process double.</summary>
public sealed class ServiceOnEventStoreDb : IAsyncDisposable
{
    public const string ApiKey = "test-key-esdb";
    private readonly string _data = Directory.CreateTempSubdirectory("timeline-api-esdb-").FullName;
    private readonly WebApplicationFactory<Program> _factory;

    private ServiceOnEventStoreDb(EventStoreDbDouble server, DoubleCluster? cluster = null, string? connectionString = null)
    {
        Server = server;
        Cluster = cluster;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .ConfigureLogging(logging => logging.AddProvider(Logs))
            .UseSetting("EventStore:Provider", "EventStoreDb")
            .UseSetting("EventStore:ConnectionString", connectionString ?? server.ConnectionString)
            .UseSetting("Storage:DataDirectory", _data)
            .UseSetting("SampleData:LoadOnEmptyStore", "false")
            .UseSetting("Auth:ApiKeys:0:Name", "esdb-tester")
            .UseSetting("Auth:ApiKeys:0:Key", ApiKey));
        Client = _factory.CreateClient();
        Client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
    }

    /// <summary>The server; on a cluster, the node that leads at start.</summary>
    public EventStoreDbDouble Server { get; }

    public DoubleCluster? Cluster { get; }

    public HttpClient Client { get; }

    /// <summary>What the service logged at Information and above.</summary>
    public CapturedLogs Logs { get; } = new();

    public static async Task<ServiceOnEventStoreDb> StartAsync() => new(await EventStoreDbDouble.StartAsync());

    /// <summary>The service on a three-node cluster that it discovers through gossip, with <paramref name="options"/> added.</summary>
    public static async Task<ServiceOnEventStoreDb> StartOnClusterAsync(string options)
    {
        var cluster = await DoubleCluster.StartAsync();
        return new(cluster.Leader, cluster, cluster.DiscoverString(options));
    }

    /// <summary>The service started while its server is down (the server's port is known, nothing answers on it).</summary>
    public static async Task<ServiceOnEventStoreDb> StartWithServerDownAsync()
    {
        var server = await EventStoreDbDouble.StartAsync();
        await server.StopAsync();
        return new(server);
    }

    /// <summary>An activity of its own source paragraph, so each call is a new record.</summary>
    public static JsonObject Activity(int paragraph, int year) => new()
    {
        ["kind"] = "AgreementSigned",
        ["date"] = $"{year}-03-08",
        ["title"] = $"OUC and an open university in Mongolia sign memorandum number {paragraph}",
        ["institutions"] = new JsonArray(
            new JsonObject { ["id"] = "ouc", ["name"] = "Open University of China", ["acronym"] = "OUC", ["country"] = "CN", ["role"] = "party" },
            new JsonObject { ["id"] = "ou-mongolia", ["name"] = "Open University of Mongolia", ["country"] = "MN", ["role"] = "party" }),
        ["countries"] = new JsonArray("MN"),
        ["source"] = new JsonObject
        {
            ["url"] = "https://example.org/news/esdb", ["paragraphIndex"] = paragraph, ["text"] = $"A made-up paragraph {paragraph}.",
        },
        ["agreementType"] = "memorandum of understanding",
    };

    public async Task<(string RecordId, long Position)> RecordAsync(JsonObject activity, Guid? correlation = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/records") { Content = JsonContent.Create(activity) };
        if (correlation is { } id)
            request.Headers.Add("X-Correlation-Id", id.ToString());
        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        var written = JsonDocument.Parse(body).RootElement;
        return (written.GetProperty("recordId").GetString()!, written.GetProperty("position").GetInt64());
    }

    /// <summary>The activity count of each year, as the read model answers.</summary>
    public async Task<Dictionary<int, int>> TotalsByYearAsync()
    {
        var byYear = await Client.GetFromJsonAsync<JsonElement>("/api/activity/by-year");
        return byYear.GetProperty("years").EnumerateArray().ToDictionary(y => y.GetProperty("year").GetInt32(), y => y.GetProperty("total").GetInt32());
    }

    /// <summary>Waits, boundedly, until the read models have folded the log up to <paramref name="position"/>.</summary>
    public async Task WaitForProjectionsAsync(long position)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var status = await Client.GetFromJsonAsync<JsonElement>("/api/projections/status", timeout.Token);
            if (status.GetProperty("checkpoint").GetInt64() >= position)
                return;
            await Task.Delay(50, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await Server.DisposeAsync();
        if (Cluster is not null)
            await Cluster.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
