using System.Net;
using MassTransit;
using Timeline.Api.Tests.CommandLine;
using Timeline.Api.Tests.Messaging;
using Timeline.Contracts;
using Xunit.Abstractions;

namespace Timeline.Api.Tests.Faults;

/// <summary>
/// The service as a process of its own on a real RabbitMQ node, and the node killed while records are written: the
/// log takes the writes, and the forwarder's checkpoint publishes them once the broker is back, even when the
/// service itself was killed meanwhile.
/// </summary>
public sealed class Losing_the_broker(RabbitMqNode node, ITestOutputHelper output) : IClassFixture<RabbitMqNode>
{
    private const string Complaint = "Publishing record changes failed";

    [RabbitMqFact]
    public async Task Writes_go_on_with_the_broker_down_and_every_change_reaches_a_subscriber_once_it_is_back_none_twice_after_dedupe()
    {
        var data = ApiProcess.TempFolder();
        var collector = new ChangeCollector();
        var subscriber = await SubscribeAsync(collector);
        try
        {
            var recorded = new List<string>();
            await using (var service = await StartAsync(data))
            {
                var api = new ApiClient(service.CreateClient());
                for (var i = 0; i < 5; i++)
                    recorded.Add(await RecordAsync(api));
                await collector.WaitForAsync(r => recorded.All(id => r.Any(m => m.RecordId == id)), Eventually.Patience);

                node.Stop();
                for (var i = 0; i < 5; i++)
                    recorded.Add(await RecordAsync(api));
                Assert.Equal(HttpStatusCode.OK, (await api.Http.GetAsync("/health/ready")).StatusCode);
                // The forwarder says it cannot publish, once, and keeps trying; the process is then killed before the broker returns.
                var log = await Eventually.ReadAsync(() => service.Log, log => log.Contains(Complaint, StringComparison.Ordinal),
                    Eventually.Patience, "the forwarder to report the broker's absence");
                output.WriteLine(log.Split('\n').First(line => line.Contains(Complaint, StringComparison.Ordinal)));
            }

            node.Start();
            await using (await StartAsync(data))
            {
                var received = await collector.WaitForAsync(r => recorded.All(id => r.Any(m => m.RecordId == id)), Eventually.Patience);
                var unique = received.DistinctBy(m => m.MessageId).ToList();
                Assert.Equal(recorded.Order(), unique.Select(m => m.RecordId).Order());
                Assert.All(unique, m => Assert.Equal(nameof(RecordRecordedV1), m.Type));
                Assert.Equal(unique.Select(m => m.Position).Order(), unique.Select(m => m.Position));
            }
        }
        finally
        {
            await subscriber.StopAsync();
        }
    }

    private Task<RunningService> StartAsync(string data) =>
        WritableService.StartAsync(data, "--Bus:Transport=RabbitMq", "--Bus:Host=127.0.0.1", $"--Bus:Port={node.Port}");

    /// <summary>A subscriber elsewhere: a bus of its own on the same broker, with a durable queue bound to the record changes.</summary>
    private async Task<IBusControl> SubscribeAsync(ChangeCollector collector)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(configure =>
        {
            configure.Host("127.0.0.1", (ushort)node.Port, "/", host =>
            {
                host.Username("guest");
                host.Password("guest");
            });
            configure.ReceiveEndpoint($"faults-{Guid.NewGuid():N}", endpoint =>
            {
                // One message at a time, so the order of arrival is the order of delivery.
                endpoint.PrefetchCount = 1;
                endpoint.ConcurrentMessageLimit = 1;
                endpoint.Instance(collector);
            });
        });
        await bus.StartAsync(new CancellationTokenSource(Eventually.Patience).Token);
        return bus;
    }

    private static Task<string> RecordAsync(ApiClient api) => WritableService.RecordAsync(api, "outage");
}
