using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Http;

public sealed class ShortBusyTimeoutApi() : TimelineApiFactory(loadSampleData: false)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("EventStore:BusyTimeoutSeconds", "1");
    }
}

/// <summary>Another process holds the event store's write lock: writes are refused quickly and say so, and readiness tells.</summary>
public sealed class Facing_a_locked_store
{
    [PythonFact]
    public async Task Writes_answer_503_with_Retry_After_within_the_bound_and_readiness_reports_it_until_the_lock_goes()
    {
        using var factory = new ShortBusyTimeoutApi();
        var api = factory.CreateApiClient();
        await ApiClient.AcceptedAsync(await api.RecordAsync(Meeting(NewId("rec"), NewId("inst"))), HttpStatusCode.Created);
        var head = await api.HeadAsync();

        using (var locker = await Python.LockAsync(Path.Combine(factory.DataDirectory, "events.db")))
        {
            var clock = Stopwatch.StartNew();
            using var refused = await api.RecordAsync(Meeting(NewId("rec"), NewId("inst")));
            clock.Stop();
            using var ready = await api.Http.GetAsync("/health/ready");

            await Problems.AssertProblemAsync(refused, HttpStatusCode.ServiceUnavailable);
            Assert.NotNull(refused.Headers.RetryAfter);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"The refusal took {clock.Elapsed}.");
            await Problems.AssertProblemAsync(ready, HttpStatusCode.ServiceUnavailable);
        }

        Assert.Equal(head, await api.HeadAsync());
        await ApiClient.AcceptedAsync(await api.RecordAsync(Meeting(NewId("rec"), NewId("inst"))), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.OK, (await api.Http.GetAsync("/health/ready")).StatusCode);
    }
}

public sealed class PythonFactAttribute : FactAttribute
{
    public PythonFactAttribute()
    {
        if (!Python.IsInstalled)
            Skip = "python3 is not installed: the test holds the store's lock from a python3 process of its own";
    }
}

/// <summary>A python3 process holding an SQLite file's exclusive lock until it is disposed.</summary>
public sealed class Python : IDisposable
{
    private readonly Process _process;

    private Python(Process process) => _process = process;

    public static bool IsInstalled => File.Exists("/usr/bin/python3") || File.Exists("/usr/local/bin/python3")
        || (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(folder => File.Exists(Path.Combine(folder, "python3")));

    public static async Task<Python> LockAsync(string database)
    {
        const string script = "import sqlite3,sys\nc=sqlite3.connect(sys.argv[1],isolation_level=None)\nc.execute('BEGIN EXCLUSIVE')\nprint('locked',flush=True)\nsys.stdin.read()\n";
        var process = Process.Start(new ProcessStartInfo("python3", ["-c", script, database])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        Assert.Equal("locked", line);
        return new Python(process);
    }

    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
            _process.Kill();
        _process.Dispose();
    }
}
