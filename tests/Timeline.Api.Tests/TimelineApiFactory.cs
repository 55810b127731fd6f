using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Timeline.Api.Tests;

/// <summary>
/// The real service in-process, with its own throw-away data folder so no two factories share a store,
/// and a test API key whose name becomes the recorded-by of what the tests write.
/// </summary>
public class TimelineApiFactory(bool loadSampleData, int? maxBodyBytes = null, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string KeyName = "test-newsroom";
    public const string Key = "test-key-9f2c41d7";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "ouc-timeline-api-tests", Guid.NewGuid().ToString("N"));

    public ApiClient CreateApiClient() => new(CreateClient());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("SampleData:LoadOnEmptyStore", loadSampleData ? "true" : "false");
        builder.UseSetting("Auth:ApiKeys:0:Name", KeyName);
        builder.UseSetting("Auth:ApiKeys:0:Key", Key);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (maxBodyBytes is { } limit)
            builder.UseSetting("Api:MaxBodyBytes", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !Directory.Exists(DataDirectory))
            return;
        // Pooled connections keep the SQLite files open; let them go before the folder is removed.
        SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }
}

/// <summary>A service started on an empty store: the sample records are not loaded.</summary>
public sealed class EmptyStoreApi() : TimelineApiFactory(loadSampleData: false);

/// <summary>A service started as a newcomer sees it: the 14 sample records loaded on the empty store.</summary>
public sealed class SampleDataApi() : TimelineApiFactory(loadSampleData: true);

/// <summary>A service that accepts request bodies of at most <see cref="Limit"/> bytes.</summary>
public sealed class SmallBodyLimitApi() : TimelineApiFactory(loadSampleData: false, maxBodyBytes: Limit)
{
    public const int Limit = 1024;
}

/// <summary>A service that lets browsers call it from <see cref="AllowedOrigin"/> only, and sends a stream heartbeat every second.</summary>
public sealed class BrowserFacingApi() : TimelineApiFactory(loadSampleData: false, settings: new Dictionary<string, string>
{
    ["Api:CorsOrigins:0"] = AllowedOrigin,
    ["Api:StreamHeartbeatSeconds"] = "1",
})
{
    public const string AllowedOrigin = "https://dashboard.example.org";
}
