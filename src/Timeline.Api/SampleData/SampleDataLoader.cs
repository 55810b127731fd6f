using System.Text.Json;
using MediatR;
using Microsoft.Extensions.Options;
using Timeline.Api.Records;
using Timeline.Domain;
using Timeline.EventStore;
using Timeline.EventStore.Serialization;

namespace Timeline.Api.SampleData;

/// <summary>
/// On the first start with an empty store, records the sample activities through the same command as the
/// HTTP endpoint, so a newcomer sees timelines at once. When the store does not answer yet (a server still
/// starting), the service starts anyway and the loader keeps trying in the background: sample data is a
/// convenience and must never keep the service down.
/// </summary>
public sealed class SampleDataLoader(
    IServiceScopeFactory scopes,
    IEventStore store,
    IOptions<SampleDataOptions> options,
    ILogger<SampleDataLoader> logger) : IHostedService, IDisposable
{
    public const string RecordedBy = "sample-data";
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stopping = new();
    private Task _retrying = Task.CompletedTask;
    private bool? _storeWasEmpty;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadOnEmptyStore)
            return;
        try
        {
            // Loaded before the service takes requests when the store answers, so the first request sees it.
            await LoadAsync(cancellationToken);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogRetry(error, FirstRetryDelay, "Sample data not loaded yet: the event store does not answer");
            _retrying = RetryAsync(_stopping.Token);
        }
    }

    private async Task RetryAsync(CancellationToken stopping)
    {
        var delay = FirstRetryDelay;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, stopping);
                await LoadAsync(stopping);
                return;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                delay = Min(delay * 2, MaxRetryDelay);
                logger.LogRetry(error, delay, "Sample data not loaded yet");
            }
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        // Decided once: after a failure half-way the store is no longer empty, yet the load must finish.
        _storeWasEmpty ??= await store.ReadHeadPositionAsync(cancellationToken) == 0;
        if (_storeWasEmpty == false)
            return;
        var path = Path.Combine(AppContext.BaseDirectory, options.Value.File);
        await using var file = File.OpenRead(path);
        var inputs = await JsonSerializer.DeserializeAsync<List<ActivityInput>>(file, EventJson.Options, cancellationToken) ?? [];
        var batch = Guid.NewGuid();
        await using var scope = scopes.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        Caller NewCaller() => new(RecordedBy, batch, Guid.NewGuid(), ImportBatch: $"sample-data-{batch:N}");
        await SampleRegistry.LoadAsync(Path.Combine(AppContext.BaseDirectory, options.Value.RegistryFile), mediator, NewCaller, cancellationToken);
        var recorded = 0;
        foreach (var input in inputs)
        {
            var caller = NewCaller();
            try
            {
                await mediator.Send(new RecordActivityCommand(input, caller), cancellationToken);
                recorded++;
            }
            catch (DomainException e) when (e.Code == DomainErrors.RecordAlreadyExists)
            {
                // Recorded by an earlier attempt that failed further on.
            }
        }
        logger.LogInformation("Loaded {Count} sample records from {File}", recorded, options.Value.File);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Nothing to stop unless a retry is under way; a host torn down in a hurry may have disposed us already.
        if (_retrying.IsCompleted)
            return;
        await _stopping.CancelAsync();
        await _retrying.WaitAsync(cancellationToken);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    public void Dispose() => _stopping.Dispose();
}
