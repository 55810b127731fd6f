using System.Text.Json;
using MediatR;
using Microsoft.Extensions.Options;
using Timeline.Api.Records;
using Timeline.EventStore;
using Timeline.EventStore.Serialization;

namespace Timeline.Api.SampleData;

/// <summary>
/// On the first start with an empty store, records the sample activities through the same command as the
/// HTTP endpoint, so a newcomer sees timelines at once.
/// </summary>
public sealed class SampleDataLoader(
    IServiceScopeFactory scopes,
    IEventStore store,
    IOptions<SampleDataOptions> options,
    ILogger<SampleDataLoader> logger) : IHostedService
{
    public const string RecordedBy = "sample-data";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadOnEmptyStore || await store.ReadHeadPositionAsync(cancellationToken) > 0)
            return;
        var path = Path.Combine(AppContext.BaseDirectory, options.Value.File);
        await using var file = File.OpenRead(path);
        var inputs = await JsonSerializer.DeserializeAsync<List<ActivityInput>>(file, EventJson.Options, cancellationToken) ?? [];
        var batch = Guid.NewGuid();
        await using var scope = scopes.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        foreach (var input in inputs)
        {
            var caller = new Caller(RecordedBy, batch, Guid.NewGuid(), ImportBatch: $"sample-data-{batch:N}");
            await mediator.Send(new RecordActivityCommand(input, caller), cancellationToken);
        }
        logger.LogInformation("Loaded {Count} sample records from {File}", inputs.Count, options.Value.File);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
