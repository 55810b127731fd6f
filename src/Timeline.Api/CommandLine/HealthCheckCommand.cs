using System.CommandLine;
using System.CommandLine.Parsing;
using Timeline.Api.Operations;

namespace Timeline.Api.CommandLine;

/// <summary><c>healthcheck [URL]</c>: the container image's health check (see <see cref="HealthCheckCommandLine"/>).</summary>
public static class HealthCheckCommand
{
    private static readonly Argument<Uri?> Url = new Argument<Uri?>("URL")
    {
        Description = "The running service, e.g. http://127.0.0.1:8080; by default the first address of Urls or ASPNETCORE_URLS.",
        Arity = ArgumentArity.ZeroOrOne,
        CustomParser = Parse,
    }.RefusingOptions();

    public static Command Create()
    {
        var command = new Command(HealthCheckCommandLine.Verb, "Exit 0 when the running service answers ready, 1 when it does not.") { Url };
        command.SetAction((parsed, cancellation) =>
        {
            var urls = Environment.GetEnvironmentVariable("Urls") ?? Environment.GetEnvironmentVariable("ASPNETCORE_URLS");
            return HealthCheckCommandLine.RunAsync(parsed.GetValue(Url) ?? HealthCheckCommandLine.LocalAddress(urls), cancellation);
        });
        return command;
    }

    private static Uri? Parse(ArgumentResult result)
    {
        if (result.Tokens is not [var token])
            return null;
        if (Uri.TryCreate(token.Value, UriKind.Absolute, out var url))
            return url;
        result.AddError($"'{token.Value}' is not an absolute URL, e.g. http://127.0.0.1:8080.");
        return null;
    }
}
