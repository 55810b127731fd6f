using System.CommandLine;

namespace Timeline.Api.CommandLine;

/// <summary>
/// The service's command line: <c>serve</c> (the default) and the offline verbs. Anything it does not know
/// fails with the usage and a non-zero exit; it never falls through to starting the server.
/// </summary>
public static class TimelineCommandLine
{
    public static RootCommand Build()
    {
        var serve = ServeCommand.Create();
        var root = new RootCommand("OUC Timeline: an append-only log of institutional history, read back as timelines.")
        {
            serve,
            ImportCommand.Create(),
            ExportCommand.Create(),
            InstitutionsCommand.Create(),
            RebuildCommand.Create(),
            BackupCommand.Create(),
            VerifyCommand.Create(),
            HealthCheckCommand.Create(),
        };
        ServeCommand.ActAsDefault(root);
        return root;
    }

    public static async Task<int> InvokeAsync(string[] args)
    {
        var parsed = Build().Parse(args);
        // Exceptions are not swallowed into a generic message: the hosting test harness stops the host
        // by throwing through the entry point, and real failures keep their stack for the operator.
        return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }
}
