using Timeline.Importing;

namespace Timeline.Api.Imports;

/// <summary>
/// Readies the importer while the service starts, so the first page imported does not wait for the place names to
/// load and the patterns to be made. It runs beside start-up and never delays readiness.
/// </summary>
public sealed class ImporterWarmup(ILogger<ImporterWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        await Task.Run(AnnouncementExtractor.Warm, stoppingToken);
        logger.LogInformation("Importer ready in {Milliseconds:F0} ms", TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
    }
}
