using System.Text.RegularExpressions;

namespace Timeline.Api.Operations;

/// <summary>
/// <c>healthcheck [URL]</c> (parsed by <c>CommandLine/HealthCheckCommand</c>): asks a running service whether it is
/// ready (<c>GET /health/ready</c>) and exits 0 when it is, 1 when not. Container images lack curl and a shell with
/// <c>/dev/tcp</c>, but always have the app itself.
/// </summary>
public static partial class HealthCheckCommandLine
{
    public const string Verb = "healthcheck";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(Uri service, CancellationToken cancellationToken)
    {
        // The service is on this machine: a proxy from the environment has no business in between.
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = Timeout };
        var ready = new Uri(service, "/health/ready");
        try
        {
            using var response = await http.GetAsync(ready, cancellationToken);
            if (response.IsSuccessStatusCode)
                return 0;
            Console.Error.WriteLine($"{ready} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"{ready} did not answer: {error.Message}");
        }
        return 1;
    }

    /// <summary>
    /// The first of <paramref name="urls"/> (the service's <c>Urls</c> setting), with a wildcard host made the loopback
    /// address; the development default when there are none.
    /// </summary>
    public static Uri LocalAddress(string? urls)
    {
        if (urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is not [var first, ..])
            return new Uri("http://localhost:5080");
        return new Uri(WildcardHost().Replace(first, "${scheme}127.0.0.1"));
    }

    [GeneratedRegex(@"^(?<scheme>[a-z]+://)(\+|\*|0\.0\.0\.0|\[::\])(?=[:/]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex WildcardHost();
}
