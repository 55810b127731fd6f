using System.Runtime.CompilerServices;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Timeline.EventStore.EventStoreDb.Protocol;

namespace Timeline.EventStore.EventStoreDb;

/// <summary>
/// A catch-up subscription to the user events of $all that outlives dropped connections: it subscribes again
/// after the last event it delivered, waiting longer after each failure in a row, and drops anything at or
/// before that event, so a reconnect neither skips nor repeats.
/// </summary>
internal sealed class CatchUpSubscription(EventStoreDbNodes nodes, EventStoreDbRetryPolicy retry, ILogger logger)
{
    private const string AllStream = "$all";

    public async IAsyncEnumerable<StoredEvent> RunAsync(long afterPosition, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var last = afterPosition;
        var failures = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (call, node, dropped) = await SubscribeAsync(last, cancellationToken);
            using (call)
            {
                while (call is not null)
                {
                    (var response, dropped) = await NextAsync(call.ResponseStream, cancellationToken);
                    if (response is null)
                        break;
                    if (response.ContentCase == ReadResp.ContentOneofCase.Confirmation)
                        failures = 0;
                    if (response.ContentCase != ReadResp.ContentOneofCase.Event)
                        continue;
                    var e = EventStoreDbMessages.ToStoredEvent(response.Event);
                    if (e.Position <= last)
                        continue;
                    last = e.Position;
                    if (!EventStoreDbEventStore.IsSystemEvent(e))
                        yield return e;
                }
            }
            failures++;
            nodes.Failed(node, dropped!);
            var delay = retry.DelayAfter(failures);
            logger.LogRetry(dropped!, delay, "Subscription to $all on {Node} dropped after position {Position}", node?.ToString() ?? "no node", last);
            await Task.Delay(delay, cancellationToken);
        }
    }

    /// <summary>The subscription call on the reading node, or why there is none (no node could be discovered).</summary>
    private async Task<(AsyncServerStreamingCall<ReadResp>? Call, EventStoreDbEndpoint? Node, Exception? Failure)> SubscribeAsync(
        long afterPosition, CancellationToken cancellationToken)
    {
        try
        {
            var (client, node) = await nodes.StreamsAsync(leader: false, cancellationToken);
            return (client.Read(ReadRequests.SubscribeToAll(afterPosition), nodes.Options(leader: false, cancellationToken)), node, null);
        }
        catch (EventStoreUnavailableException error)
        {
            return (null, null, error);
        }
    }

    /// <summary>The next reply; null with the reason when the subscription dropped in a way worth retrying.</summary>
    private static async Task<(ReadResp? Response, Exception? Dropped)> NextAsync(IAsyncStreamReader<ReadResp> replies,
        CancellationToken cancellationToken)
    {
        try
        {
            // A subscription never ends by itself: an end is the server going away (e.g. shutting down).
            return await replies.MoveNext(cancellationToken)
                ? (replies.Current, null)
                : (null, new EventStoreUnavailableException("EventStoreDB ended the subscription."));
        }
        catch (RpcException error)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mapped = EventStoreDbErrors.Map(error, AllStream);
            return EventStoreDbErrors.IsRetryable(mapped) ? (null, mapped) : throw mapped;
        }
        catch (Exception error) when (error is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            return (null, new EventStoreUnavailableException("The connection to EventStoreDB broke.", error));
        }
    }
}
