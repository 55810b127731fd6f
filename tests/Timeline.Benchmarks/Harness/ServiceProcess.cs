using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Timeline.Benchmarks.Harness;

/// <summary>The real service, started as its own process on a data folder, for load from another process.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;

    private ServiceProcess(Process process, string baseUrl, ConcurrentQueue<string> output)
    {
        _process = process;
        BaseUrl = baseUrl;
        _output = output;
    }

    public string BaseUrl { get; }

    /// <summary>The lines the service has written to its standard output so far (its log at the levels the settings ask for).</summary>
    public IReadOnlyCollection<string> Output => _output;

    public static Task<ServiceProcess> StartAsync(string dataFolder, params string[] settings) =>
        StartAsync(dataFolder, TimeSpan.FromSeconds(60), settings);

    public static async Task<ServiceProcess> StartAsync(string dataFolder, TimeSpan readyWithin, params string[] settings)
    {
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet",
        [
            Path.Combine(AppContext.BaseDirectory, "Timeline.Api.dll"),
            "--urls", baseUrl,
            "--environment", "Production",
            "--Storage:DataDirectory", dataFolder,
            "--SampleData:LoadOnEmptyStore", "false",
            "--Logging:LogLevel:Default", "Warning",
            .. settings,
        ])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        var output = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[service] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow + readyWithin;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await http.GetAsync($"{baseUrl}/health/ready")).IsSuccessStatusCode)
                    return new ServiceProcess(process, baseUrl, output);
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200);
        }
        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"The service did not become ready within {readyWithin.TotalSeconds:0} s.");
    }

    /// <summary>Resident and peak resident memory of the service, in MiB.</summary>
    public (double Resident, double Peak) Memory()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        double Read(string key) => double.Parse(status.First(l => l.StartsWith(key, StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        return (Read("VmRSS:"), Read("VmHWM:"));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
