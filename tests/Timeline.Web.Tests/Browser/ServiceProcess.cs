using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Timeline.Web.Tests.Browser;

/// <summary>
/// The built service as a child process on a loopback port with a throw-away data folder: a real Kestrel
/// server a browser can reach. The sample records load on its first start, as they do for a newcomer.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    public const string KeyName = "web-test-desk";
    public const string Key = "web-test-key-5d81c0";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The sample data holds fourteen records, one event each (the registry's events come beside them).</summary>
    private const long SampleEvents = 14;

    private readonly Process _process;
    private readonly string _dataFolder;

    private ServiceProcess(Process process, string dataFolder, Uri baseAddress)
    {
        _process = process;
        _dataFolder = dataFolder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<ServiceProcess> StartAsync()
    {
        var dataFolder = Directory.CreateTempSubdirectory("timeline-web-tests-").FullName;
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet",
        [
            Path.Combine(AppContext.BaseDirectory, "Timeline.Api.dll"),
            "--urls", baseAddress.ToString().TrimEnd('/'),
            "--environment", "Production",
            "--Storage:DataDirectory", dataFolder,
            "--Auth:ApiKeys:0:Name", KeyName,
            "--Auth:ApiKeys:0:Key", Key,
            "--Logging:LogLevel:Default", "Warning",
        ])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new ServiceProcess(process, dataFolder, baseAddress);
        try
        {
            await service.WaitUntilFoldedAsync(SampleEvents);
            return service;
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// When the read models have folded at least <paramref name="events"/> and are level with the log: at start, the
    /// sample records, so every page has something to show.
    /// </summary>
    public async Task WaitUntilFoldedAsync(long events)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The service exited with code {_process.ExitCode} before it was ready.");
            try
            {
                var status = await http.GetStringAsync("/api/projections/status");
                using var json = System.Text.Json.JsonDocument.Parse(status);
                var checkpoint = json.RootElement.GetProperty("checkpoint").GetInt64();
                if (checkpoint >= events && checkpoint == json.RootElement.GetProperty("head").GetInt64())
                    return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The service did not fold the log within {StartTimeout.TotalSeconds} s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_dataFolder, recursive: true);
    }
}
