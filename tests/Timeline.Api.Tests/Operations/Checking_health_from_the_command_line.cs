using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Timeline.Api.Operations;

namespace Timeline.Api.Tests.Operations;

/// <summary>A service listening on a real port, as a container's health check reaches it.</summary>
public sealed class ListeningApi : TimelineApiFactory
{
    public ListeningApi() : base(loadSampleData: false)
    {
        UseKestrel(0);
        StartServer();
    }

    public Uri Address => ClientOptions.BaseAddress;
}

/// <summary>The <c>healthcheck</c> verb the container image runs instead of curl.</summary>
public sealed class Checking_health_from_the_command_line(ListeningApi factory) : IClassFixture<ListeningApi>
{
    [Fact]
    public async Task The_health_check_exits_0_when_the_service_is_ready()
    {
        Assert.Equal(0, await HealthCheckCommandLine.RunAsync(factory.Address, CancellationToken.None));
    }

    [Fact]
    public async Task The_health_check_exits_1_within_its_timeout_when_nothing_listens()
    {
        var clock = Stopwatch.StartNew();

        var exitCode = await HealthCheckCommandLine.RunAsync(new Uri($"http://127.0.0.1:{UnusedPort()}"), CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("http://+:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://*:9000;https://*:9001", "http://127.0.0.1:9000/")]
    [InlineData("http://0.0.0.0:5090", "http://127.0.0.1:5090/")]
    [InlineData("http://localhost:5171", "http://localhost:5171/")]
    [InlineData(null, "http://localhost:5080/")]
    public void The_health_check_asks_the_loopback_address_of_the_port_the_service_listens_on(string? urls, string expected)
    {
        Assert.Equal(new Uri(expected), HealthCheckCommandLine.LocalAddress(urls));
    }

    private static int UnusedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
