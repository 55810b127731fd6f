using System.CommandLine;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace Timeline.Api.CommandLine;

/// <summary>
/// <c>serve</c>: runs the web service. Host settings pass through to ASP.NET Core's configuration (see
/// <see cref="HostArguments"/>); any other stray word is an error, so a mistyped verb never starts a server.
/// </summary>
public static class ServeCommand
{
    private static readonly Option<string?> Urls = new("--urls")
    {
        Description = "Addresses to listen on, separated by ';' (default from configuration: http://localhost:5080).",
    };

    public static Command Create()
    {
        var serve = new Command("serve", "Run the web service (the default when no verb is given).") { Urls };
        Configure(serve);
        return serve;
    }

    /// <summary>The root command runs the server too, so <c>Timeline.Api --urls ...</c> keeps working.</summary>
    public static void ActAsDefault(RootCommand root)
    {
        root.Add(Urls);
        Configure(root);
    }

    private static void Configure(Command command)
    {
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parsed, cancellation) =>
        {
            if (!HostArguments.TryCollect(parsed.UnmatchedTokens, out var hostArgs, out var error))
            {
                Console.Error.WriteLine(error);
                Console.Error.WriteLine();
                parsed.RootCommandResult.Command.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = Console.Error });
                return Task.FromResult(2);
            }
            if (parsed.GetValue(Urls) is { } urls)
                hostArgs.Add($"--urls={urls}");
            return RunAsync([.. hostArgs], cancellation);
        });
    }

    /// <summary>The first address Kestrel could not parse; checked before anything starts, so the service does not crash half-started.</summary>
    private static string? UnusableAddress(string? urls)
    {
        foreach (var url in (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            try
            {
                BindingAddress.Parse(url);
            }
            catch (FormatException)
            {
                return url;
            }
        }
        return null;
    }

    private static async Task<int> RunAsync(string[] hostArgs, CancellationToken cancellation)
    {
        var builder = TimelineHost.CreateBuilder(hostArgs);
        if (UnusableAddress(builder.Configuration[WebHostDefaults.ServerUrlsKey]) is { } unusable)
            return Terminal.Fail($"'{unusable}' is not an address to listen on (from --urls, Urls or ASPNETCORE_URLS): give one such as http://127.0.0.1:8080.");
        builder.AddTimeline();
        var app = builder.Build();
        app.MapTimeline();
        try
        {
            await app.RunAsync(cancellation);
            return 0;
        }
        catch (IOException bind) when (bind.InnerException is SocketException or Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            Console.Error.WriteLine($"Cannot listen: {bind.Message} Stop the other process or choose another address with --urls.");
            return 1;
        }
    }
}
