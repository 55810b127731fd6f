using System.Net;
using Timeline.Api.Tests.CommandLine;

namespace Timeline.Api.Tests.Hostile;

/// <summary>What only a real Kestrel sees: the service run as a process of its own, sent what an in-process host cannot carry.</summary>
public sealed class Answering_hostile_connections
{
    [Theory]
    [InlineData(100_000, 0)]
    [InlineData(0, 200_000)]
    public async Task An_address_or_headers_of_hundreds_of_kilobytes_get_problem_details_stating_the_limit(int queryBytes, int headerBytes)
    {
        await using var service = await RunningService.StartAsync(ApiProcess.TempFolder());
        using var http = service.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/records?q={new string('q', queryBytes)}");
        if (headerBytes > 0)
            request.Headers.Add("X-Padding", new string('h', headerBytes));

        using var response = await http.SendAsync(request);

        var problem = await Problems.AssertProblemAsync(response,
            queryBytes > 0 ? HttpStatusCode.RequestUriTooLong : HttpStatusCode.RequestHeaderFieldsTooLarge);
        Assert.Contains("at most", problem["detail"]!.GetValue<string>());
    }
}
