using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Timeline.EventStore.EventStoreDb;
using Timeline.EventStore.Sqlite;

namespace Timeline.EventStore;

public static class EventStoreServiceCollectionExtensions
{
    public const string Section = "EventStore";
    public const string SqliteProvider = "Sqlite";
    public const string EventStoreDbProvider = "EventStoreDb";

    /// <summary>
    /// The one place the event store is chosen: <c>EventStore:Provider</c> is <c>Sqlite</c> (the default, a file
    /// in <paramref name="dataDirectory"/>) or <c>EventStoreDb</c> (at <c>EventStore:ConnectionString</c>).
    /// A bad choice fails at start-up; a server that is down does not, since its adapter keeps retrying.
    /// </summary>
    public static IServiceCollection AddTimelineEventStore(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var section = configuration.GetSection(Section);
        var provider = section["Provider"] is { Length: > 0 } named ? named : SqliteProvider;
        if (provider.Equals(SqliteProvider, StringComparison.OrdinalIgnoreCase))
        {
            var busy = double.TryParse(section["BusyTimeoutSeconds"], System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0
                ? TimeSpan.FromSeconds(seconds)
                : SqliteEventStore.DefaultBusyTimeout;
            services.AddSingleton<IEventStore>(container =>
                new SqliteEventStore(Path.Combine(dataDirectory, "events.db"), container.GetService<TimeProvider>(), busyTimeout: busy));
        }
        else if (provider.Equals(EventStoreDbProvider, StringComparison.OrdinalIgnoreCase))
        {
            var connection = EventStoreDbConnectionString.Parse(section["ConnectionString"] is { Length: > 0 } given
                ? given
                : throw new InvalidOperationException($"{Section}:ConnectionString is required when {Section}:Provider is {EventStoreDbProvider}, e.g. esdb://localhost:2113?tls=false."));
            services.AddSingleton<IEventStore>(container =>
                new EventStoreDbEventStore(connection, container.GetService<ILogger<EventStoreDbEventStore>>()));
        }
        else
        {
            throw new InvalidOperationException($"{Section}:Provider '{provider}' is unknown: use {SqliteProvider} or {EventStoreDbProvider}.");
        }
        return services;
    }
}
