namespace Timeline.Api.Security;

/// <summary>Says at start-up, in one line, when nobody can write and why, rather than leaving 401s to explain it.</summary>
public sealed class ApiKeyStartupCheck(ApiKeys keys, IHostEnvironment environment, ILogger<ApiKeyStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (keys.ListsDevelopmentKeyOutsideDevelopment)
            logger.LogWarning("The development API key is configured in the {Environment} environment; it is refused there.", environment.EnvironmentName);
        if (!keys.Usable.Any())
            logger.LogWarning("No API key is configured for the {Environment} environment: every write is refused with 401. Set Auth:ApiKeys:0:Name and Auth:ApiKeys:0:Key.", environment.EnvironmentName);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
