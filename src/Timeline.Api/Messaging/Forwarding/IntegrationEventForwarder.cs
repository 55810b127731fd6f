using MassTransit;
using Microsoft.Extensions.Options;
using Timeline.Api.Records;
using Timeline.Domain.Records;
using Timeline.EventStore;
using Timeline.EventStore.Serialization;

namespace Timeline.Api.Messaging.Forwarding;

/// <summary>
/// Publishes one integration message per record change, in log order, from a checkpoint of its own. The
/// checkpoint moves only after the broker has confirmed a publish, so when the broker is down the forwarder
/// waits and starts again from there: every change is published at least once, with the stored event's id as
/// its message id, so a subscriber that drops repeated ids sees each change exactly once.
/// </summary>
public sealed class IntegrationEventForwarder(
    IEventStore store,
    RecordWriter records,
    IBus bus,
    ForwarderCheckpoint checkpoint,
    IOptions<BusOptions> options,
    ILogger<IntegrationEventForwarder> logger) : BackgroundService
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan HeadReadAtStart = TimeSpan.FromSeconds(5);

    // An in-memory bus lives and dies with this process: nobody can have missed what came before it started.
    private bool _startAtHead = !options.Value.UsesRabbitMq;

    /// <summary>
    /// Fixes the log's head before the server takes its first request, so a write made as soon as the service
    /// answers is after the head and is published. A store that is not up yet leaves it to the retry loop.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_startAtHead)
        {
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bounded.CancelAfter(HeadReadAtStart);
            try
            {
                checkpoint.Save(await store.ReadHeadPositionAsync(bounded.Token));
                _startAtHead = false;
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogRetry(error, TimeSpan.Zero, "Reading the log's head at start failed");
            }
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromMilliseconds(200);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Inside the retry: a store that is not up yet must not stop the service.
                if (_startAtHead)
                {
                    checkpoint.Save(await store.ReadHeadPositionAsync(stoppingToken));
                    _startAtHead = false;
                }
                await ForwardAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                logger.LogRetry(error, backoff, "Publishing record changes failed after position {Checkpoint}", checkpoint.Read());
                await Task.Delay(backoff, stoppingToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
                continue;
            }
        }
    }

    private async Task ForwardAsync(CancellationToken stoppingToken)
    {
        await foreach (var stored in store.SubscribeToAllAsync(checkpoint.Read(), stoppingToken))
        {
            if (RecordEventSerializer.ToEnvelope(stored) is { } envelope
                && IntegrationMessages.For(envelope, await StateAtAsync(envelope, stoppingToken)) is { } message)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(PublishTimeout);
                await bus.Publish(message, message.GetType(), context =>
                {
                    context.MessageId = stored.EventId;
                    context.CorrelationId = stored.Metadata.CorrelationId;
                }, timeout.Token);
            }
            checkpoint.Save(stored.Position);
        }
    }

    /// <summary>The record as it stood right after this event: later corrections must not leak into an earlier message.</summary>
    private async Task<RecordState> StateAtAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        var (_, _, history) = await records.LoadAsync(envelope.Event.RecordId, cancellationToken);
        return RecordState.Fold(history.TakeWhile(e => e.Revision <= envelope.Revision).Select(e => e.Event));
    }
}
