using System.Net;
using System.Net.Sockets;
using System.Text;
using Timeline.Api.Tests.CommandLine;
using Timeline.Api.Tests.Faults;

namespace Timeline.Api.Tests.Hostile;

/// <summary>What only a real Kestrel sees: the service run as a process of its own, sent what an in-process host cannot carry.</summary>
public sealed class Answering_hostile_connections
{
    [Theory]
    [InlineData(20_000, 0)]
    [InlineData(0, 48_000)]
    public async Task An_address_or_headers_over_the_stated_limits_get_problem_details_stating_the_limit(int queryBytes, int headerBytes)
    {
        await using var service = await RunningService.StartAsync(ApiProcess.TempFolder());
        using var http = service.CreateClient();

        using var response = await SendPaddedAsync(http, queryBytes, headerBytes);

        var problem = await Problems.AssertProblemAsync(response, StatusOf(queryBytes));
        Assert.Contains("at most", problem["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(100_000, 0)]
    [InlineData(0, 200_000)]
    public async Task An_address_or_headers_past_what_Kestrel_holds_get_its_bare_status_and_the_service_goes_on(int queryBytes, int headerBytes)
    {
        await using var service = await RunningService.StartAsync(ApiProcess.TempFolder());
        using var http = service.CreateClient();

        using (var response = await SendPaddedAsync(http, queryBytes, headerBytes))
        {
            Assert.Equal(StatusOf(queryBytes), response.StatusCode);
            Assert.Equal(0, response.Content.Headers.ContentLength);
        }

        using var after = await http.GetAsync("/api/projections/status");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private static HttpStatusCode StatusOf(int queryBytes) =>
        queryBytes > 0 ? HttpStatusCode.RequestUriTooLong : HttpStatusCode.RequestHeaderFieldsTooLarge;

    private static Task<HttpResponseMessage> SendPaddedAsync(HttpClient http, int queryBytes, int headerBytes)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/records?q={new string('q', queryBytes)}");
        if (headerBytes > 0)
            request.Headers.Add("X-Padding", new string('h', headerBytes));
        return http.SendAsync(request);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_that_trickles_or_stops_half_way_is_timed_out_with_a_408_problem_and_writes_nothing(bool stopsHalfWay)
    {
        var data = ApiProcess.TempFolder();
        await using var service = await WritableService.StartAsync(data);
        var api = new ApiClient(service.CreateClient());
        var head = (await api.ProgressAsync()).Head;
        var body = Encoding.UTF8.GetBytes(Activities.Meeting(Activities.NewId("slow"), Activities.NewId("slow-partner")).ToJsonString());

        var answer = await SendSlowlyAsync(service.Address, body, stopsHalfWay, TimeSpan.FromSeconds(30));

        Assert.StartsWith("HTTP/1.1 408", answer);
        Assert.Contains("application/problem+json", answer);
        Assert.Contains("\"title\":\"Request Timeout.\"", answer);
        Assert.Equal(head, (await api.ProgressAsync()).Head);
        await WritableService.RecordAsync(api, "after-slow");
    }

    /// <summary>
    /// Sends the headers of a write, then half its body at once and nothing more, or its body a byte every 200 ms; reads
    /// what comes back until the server closes the connection.
    /// </summary>
    private static async Task<string> SendSlowlyAsync(Uri address, byte[] body, bool stopsHalfWay, TimeSpan bound)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        var stream = client.GetStream();
        var head = $"POST /api/records HTTP/1.1\r\nHost: {address.Authority}\r\nX-Api-Key: {TimelineApiFactory.Key}\r\n" +
            $"Content-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var deadline = new CancellationTokenSource(bound);
        var reading = ReadToEndAsync(stream, deadline.Token);
        if (stopsHalfWay)
            await stream.WriteAsync(body.AsMemory(0, body.Length / 2), deadline.Token);
        for (var i = 0; !stopsHalfWay && i < body.Length && !reading.IsCompleted; i++)
        {
            try
            {
                await stream.WriteAsync(body.AsMemory(i, 1), deadline.Token);
                await Task.Delay(TimeSpan.FromMilliseconds(200), deadline.Token);
            }
            catch (IOException)
            {
                break;
            }
        }
        return await reading;
    }

    private static async Task<string> ReadToEndAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var answer = new MemoryStream();
        await stream.CopyToAsync(answer, cancellationToken);
        return Encoding.UTF8.GetString(answer.ToArray());
    }
}
