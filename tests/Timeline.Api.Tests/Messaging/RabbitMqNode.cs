using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Timeline.Api.Tests.Messaging;

/// <summary>
/// A private RabbitMQ node for one test class: Debian's rabbitmq-server, bound to 127.0.0.1 on free ports, with
/// its own node name, data folder and port mapper, stopped by its process id afterwards. It can be stopped and
/// started again on the same ports and data, as a broker outage would.
/// </summary>
public sealed class RabbitMqNode : IDisposable
{
    public const string Server = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    // A node boots in a few seconds, but on a machine loaded by parallel builds it has taken over two minutes.
    private static readonly TimeSpan BootTimeout = TimeSpan.FromSeconds(180);

    private readonly string _folder = Directory.CreateTempSubdirectory("timeline-rabbitmq-").FullName;
    private readonly string _name = $"timeline-test-{Guid.NewGuid():N}"[..24];
    private readonly int _distributionPort = FreePort();
    private readonly int _mapperPort = FreePort();
    private Process? _process;

    public RabbitMqNode()
    {
        if (!IsInstalled)
            return;
        Port = FreePort();
        File.WriteAllText(Path.Combine(_folder, "enabled_plugins"), "[].");
        Start();
    }

    public static bool IsInstalled => File.Exists(Server);

    public int Port { get; }

    public void Start()
    {
        var start = new ProcessStartInfo(Server) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in Environment())
            start.Environment[key] = value;
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow + BootTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"rabbitmq-server exited with {_process.ExitCode}; see {_folder}/log");
            if (Accepts())
                return;
            Task.Delay(200).Wait();
        }
        // A fixture whose constructor throws is never disposed: the node must not outlive the failed start.
        Dispose();
        throw new TimeoutException($"RabbitMQ did not accept connections on port {Port} within {BootTimeout.TotalSeconds} s.");
    }

    public void Stop()
    {
        if (_process is null)
            return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
        _process = null;
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["HOME"] = _folder,
        ["RABBITMQ_NODENAME"] = $"{_name}@localhost",
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RABBITMQ_DIST_PORT"] = _distributionPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ERL_EPMD_PORT"] = _mapperPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(_folder, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(_folder, "log"),
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(_folder, "rabbitmq"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_folder, "enabled_plugins"),
        ["RABBITMQ_PID_FILE"] = Path.Combine(_folder, "rabbitmq.pid"),
    };

    private bool Accepts()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Stop();
        // The node started its own port mapper (epmd), which outlives it; stop that one too, and only that one.
        if (IsInstalled)
        {
            var kill = new ProcessStartInfo("epmd", ["-kill"]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            kill.Environment["ERL_EPMD_PORT"] = _mapperPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
            try
            {
                Process.Start(kill)?.WaitForExit(5_000);
            }
            catch (System.ComponentModel.Win32Exception)
            {
            }
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A test that needs a real RabbitMQ: skipped, with the reason, where Debian's rabbitmq-server is not installed.</summary>
public sealed class RabbitMqFactAttribute : FactAttribute
{
    public RabbitMqFactAttribute()
    {
        if (!RabbitMqNode.IsInstalled)
            Skip = $"RabbitMQ is not installed ({RabbitMqNode.Server} is absent): apt-get install rabbitmq-server";
    }
}
