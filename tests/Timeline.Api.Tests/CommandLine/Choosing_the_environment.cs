using System.Net;
using System.Net.Http.Json;

namespace Timeline.Api.Tests.CommandLine;

/// <summary>
/// The development launch profile suggests Development; the caller's own choice of environment always wins,
/// and the published development key opens nothing outside Development.
/// </summary>
public sealed class Choosing_the_environment
{
    private const string DevelopmentKey = "dev-key-ouc-timeline";

    private static readonly Dictionary<string, string?> AsLaunchedByDotnetRun = new() { ["TIMELINE_DEFAULT_ENVIRONMENT"] = "Development" };

    [Fact]
    public async Task Production_refuses_the_development_key_however_it_is_started()
    {
        var environment = new Dictionary<string, string?>(AsLaunchedByDotnetRun) { ["ASPNETCORE_ENVIRONMENT"] = "Production" };
        await using var service = await RunningService.StartAsync(ApiProcess.TempFolder(), environment,
            "--Auth:ApiKeys:0:Name=copied", $"--Auth:ApiKeys:0:Key={DevelopmentKey}");

        var status = await PostWithKeyAsync(service, DevelopmentKey);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("development API key is configured in the Production environment", service.Log);
        Assert.Contains("No API key is configured for the Production environment", service.Log);
    }

    [Fact]
    public async Task The_launch_profile_alone_runs_as_Development_with_its_key()
    {
        await using var service = await RunningService.StartAsync(ApiProcess.TempFolder(), AsLaunchedByDotnetRun);

        var status = await PostWithKeyAsync(service, DevelopmentKey);

        // Past the key: the empty record is refused for what it lacks, not for who sent it.
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    private static async Task<HttpStatusCode> PostWithKeyAsync(RunningService service, string key)
    {
        using var http = service.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/records") { Content = JsonContent.Create(new { kind = "MeetingHeld" }) };
        request.Headers.Add("X-Api-Key", key);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
