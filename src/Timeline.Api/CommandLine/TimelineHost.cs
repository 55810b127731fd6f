namespace Timeline.Api.CommandLine;

/// <summary>Builds the service's host, for the server and for the offline verbs alike.</summary>
public static class TimelineHost
{
    /// <summary>
    /// Set by the development launch profile. Unlike ASPNETCORE_ENVIRONMENT in the profile, it never
    /// overrides an environment the caller chose, so Production is Production however the service is started.
    /// </summary>
    public const string DefaultEnvironmentVariable = "TIMELINE_DEFAULT_ENVIRONMENT";

    public static WebApplicationBuilder CreateBuilder(string[] args) =>
        WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = DefaultEnvironment(args) });

    private static string? DefaultEnvironment(string[] args)
    {
        var chosen = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is { Length: > 0 }
                     || Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 }
                     || args.Any(arg => arg.StartsWith("--environment", StringComparison.OrdinalIgnoreCase));
        return chosen ? null : Environment.GetEnvironmentVariable(DefaultEnvironmentVariable) is { Length: > 0 } fallback ? fallback : null;
    }

    /// <summary>A host for a verb that works on the stores directly: built, never started, quiet but for warnings.</summary>
    public static WebApplication BuildOffline(string? dataDirectory)
    {
        string[] args = dataDirectory is null ? [] : [$"--Storage:DataDirectory={UserPaths.Resolve(dataDirectory)}"];
        var builder = CreateBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddTimeline();
        return builder.Build();
    }

    /// <summary>The data folder a verb works on: the one given, or the one configuration names.</summary>
    public static string DataDirectory(string? given)
    {
        if (given is not null)
            return UserPaths.Resolve(given);
        var builder = CreateBuilder([]);
        return TimelineApi.DataDirectory(builder.Configuration, builder.Environment);
    }
}
