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
            PeopleCommand.Create(Projections.People.Named.People),
            PeopleCommand.Create(Projections.People.Named.Places),
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
        // The root lets stray words through, as serve's host settings; a verb that keeps the default must still refuse
        // them, or `rebuild --nope` would rebuild the default data folder.
        if (parsed.CommandResult.Command.TreatUnmatchedTokensAsErrors && parsed.UnmatchedTokens.Count > 0)
        {
            Console.Error.WriteLine($"Unknown option or argument '{parsed.UnmatchedTokens[0]}'.");
            Console.Error.WriteLine();
            parsed.RootCommandResult.Command.Parse([parsed.CommandResult.Command.Name, "--help"]).Invoke(new InvocationConfiguration { Output = Console.Error });
            return 2;
        }
        // Exceptions are not swallowed into a generic message: the hosting test harness stops the host
        // by throwing through the entry point, and real failures keep their stack for the operator.
        return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }
}
