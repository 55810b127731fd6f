using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Timeline.Api.Tests.Messaging;

/// <summary>The service on an empty store, with its bus on the given transport.</summary>
public sealed class BusApi(int? rabbitMqPort) : TimelineApiFactory(loadSampleData: false)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (rabbitMqPort is { } port)
        {
            builder.UseSetting("Bus:Transport", "RabbitMq");
            builder.UseSetting("Bus:Host", "127.0.0.1");
            builder.UseSetting("Bus:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Listens on a queue of the test's own, as a subscriber elsewhere would.</summary>
    public async Task<T> ListenAsync<T>(string queue, T consumer, bool bindToPublishedMessages = true) where T : class, IConsumer
    {
        var connector = Services.GetRequiredService<IReceiveEndpointConnector>();
        var handle = connector.ConnectReceiveEndpoint(queue, (context, endpoint) =>
        {
            endpoint.ConfigureConsumeTopology = bindToPublishedMessages;
            endpoint.PrefetchCount = 1;
            endpoint.ConcurrentMessageLimit = 1;
            endpoint.Instance(consumer);
        });
        await handle.Ready.WaitAsync(TimeSpan.FromSeconds(30));
        return consumer;
    }

    public IBus Bus => Services.GetRequiredService<IBus>();
}
