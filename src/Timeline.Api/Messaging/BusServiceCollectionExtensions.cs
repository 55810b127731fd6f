using MassTransit;
using Timeline.Api.Messaging.Consuming;
using Timeline.Api.Messaging.Forwarding;

namespace Timeline.Api.Messaging;

public static class BusServiceCollectionExtensions
{
    /// <summary>
    /// The message bus, chosen in one place: in memory by default, RabbitMQ when <c>Bus:Transport</c> says so;
    /// the consumer of record commands, and the forwarder that publishes every record change.
    /// </summary>
    public static IServiceCollection AddTimelineBus(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var options = configuration.GetSection(BusOptions.Section).Get<BusOptions>() ?? new BusOptions();
        services.Configure<BusOptions>(configuration.GetSection(BusOptions.Section));
        if (!options.UsesRabbitMq && !options.Transport.Equals("InMemory", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Bus:Transport '{options.Transport}' is unknown: use InMemory or RabbitMq.");
        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            bus.AddConsumer<RecordActivityConsumer, RecordActivityConsumerDefinition>();
            if (options.UsesRabbitMq)
            {
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    rabbit.Host(options.Host, options.Port, options.VirtualHost, host =>
                    {
                        host.Username(options.Username);
                        host.Password(options.Password);
                    });
                    rabbit.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, memory) => memory.ConfigureEndpoints(context));
            }
        });
        if (options.Forward)
        {
            // Made by the container, so it is disposed (its connection closed) with it.
            services.AddSingleton(_ => new ForwarderCheckpoint(Path.Combine(dataDirectory, "forwarder.db")));
            services.AddHostedService<IntegrationEventForwarder>();
        }
        return services;
    }
}
