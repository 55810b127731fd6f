using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Timeline.Api.Tests.CommandLine;

/// <summary>The built service run as a process of its own, the way an operator runs it.</summary>
public static class ApiProcess
{
    public sealed record Outcome(int ExitCode, string Out, string Error);

    private static readonly string Executable = Path.Combine(AppContext.BaseDirectory, "Timeline.Api.dll");

    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet", [Executable, .. arguments])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The test runner's own environment must not decide what the service believes it runs as.
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
            start.Environment[name] = value;
        return start;
    }

    /// <summary>Runs a verb to its end, or kills it after <paramref name="timeout"/> and says so.</summary>
    public static async Task<Outcome> RunAsync(IEnumerable<string> arguments, TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        using var process = Process.Start(StartInfo(arguments, environment))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', arguments)}' was still running after {timeout.TotalSeconds} s.");
        }
        return new Outcome(process.ExitCode, await output, await error);
    }

    /// <summary>Starts a verb and leaves it running, its output kept, for a test that stops it from outside.</summary>
    public static (Process Process, CapturedOutput Output) Start(IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var process = Process.Start(StartInfo(arguments, environment))!;
        return (process, CapturedOutput.Of(process));
    }

    /// <summary>Kills <paramref name="process"/> at once (SIGKILL: no handler of its own runs) and waits until it is gone.</summary>
    public static async Task KillHardAsync(Process process)
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A new folder under this test run's own, which is deleted when the run's process exits.</summary>
    public static string TempFolder()
    {
        var folder = Path.Combine(RunFolder.Value, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static readonly Lazy<string> RunFolder = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "ouc-timeline-cli-tests", $"run-{Environment.ProcessId}-{Guid.NewGuid():N}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // A file still held open is left for the system's own clean-up of its temporary folder.
            }
        };
        return folder;
    });
}

/// <summary>The service serving from a process of its own until disposed; what it logged is kept.</summary>
public sealed class RunningService : IAsyncDisposable
{
    private readonly Process _process;
    private readonly CapturedOutput _log;

    private RunningService(Process process, Uri address)
    {
        _process = process;
        _log = CapturedOutput.Of(process);
        Address = address;
    }

    public Uri Address { get; }

    public string Log => _log.ToString();

    public HttpClient CreateClient() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };

    public static async Task<RunningService> StartAsync(string dataFolder, IReadOnlyDictionary<string, string?>? environment = null,
        params string[] settings)
    {
        var address = new Uri($"http://127.0.0.1:{ApiProcess.FreePort()}");
        var process = Process.Start(ApiProcess.StartInfo(
            ["--urls", address.ToString(), "--Storage:DataDirectory", dataFolder, "--SampleData:LoadOnEmptyStore=false", .. settings], environment))!;
        var service = new RunningService(process, address);
        using var http = service.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode)
                    return service;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        await service.DisposeAsync();
        throw new TimeoutException($"The service did not become ready within 60 s. It said:\n{service.Log}");
    }

    /// <summary>Ends the service as a crash would: killed at once, with no shutdown of its own.</summary>
    public async ValueTask DisposeAsync()
    {
        await ApiProcess.KillHardAsync(_process);
        _process.Dispose();
    }
}

/// <summary>What a process writes on stdout and stderr, kept line by line as it arrives.</summary>
public sealed class CapturedOutput
{
    private readonly System.Text.StringBuilder _text = new();

    public static CapturedOutput Of(Process process)
    {
        var output = new CapturedOutput();
        process.OutputDataReceived += (_, e) => output.Append(e.Data);
        process.ErrorDataReceived += (_, e) => output.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return output;
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_text)
            _text.AppendLine(line);
    }

    public override string ToString()
    {
        lock (_text)
            return _text.ToString();
    }
}
