using System.Runtime.CompilerServices;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Timeline.EventStore.EventStoreDb.Protocol;

namespace Timeline.EventStore.EventStoreDb;

/// <summary>
/// The event store port on EventStoreDB, through its gRPC streams protocol. Global positions are the
/// server's commit positions: they grow in commit order and have gaps, as the port allows.
/// </summary>
public sealed class EventStoreDbEventStore : IEventStore, IDisposable
{
    private const string AllStream = "$all";
    private const int AllPageSize = 512;

    private readonly EventStoreDbNodes _nodes;
    private readonly EventStoreDbRetryPolicy _retry;
    private readonly ILogger _logger;

    public EventStoreDbEventStore(EventStoreDbConnectionString connection, ILogger<EventStoreDbEventStore>? logger = null,
        EventStoreDbRetryPolicy? retry = null)
    {
        _logger = logger ?? NullLogger<EventStoreDbEventStore>.Instance;
        _nodes = new EventStoreDbNodes(connection, _logger);
        _retry = retry ?? new EventStoreDbRetryPolicy();
    }

    public async Task<AppendResult> AppendAsync(string stream, ExpectedRevision expected, IReadOnlyList<EventData> events,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(stream);
        for (var attempt = 1; ; attempt++)
        {
            EventStoreDbEndpoint? node = null;
            try
            {
                (var client, node) = await _nodes.StreamsAsync(leader: true, cancellationToken);
                return await AppendOnceAsync(client, stream, expected, events, cancellationToken);
            }
            // Safe to repeat: the same event ids at the same expected revision are acknowledged, not written twice.
            catch (Exception error) when (attempt < _retry.MaxWriteAttempts && EventStoreDbErrors.IsRetryable(error))
            {
                _nodes.Failed(node, error);
                var delay = _retry.DelayAfter(attempt);
                _logger.LogRetry(error, delay, "Append to {Stream} on {Node} failed at attempt {Attempt}", stream, node?.ToString() ?? "no node", attempt);
                await Task.Delay(delay, cancellationToken);
            }
        }
    }

    private async Task<AppendResult> AppendOnceAsync(Streams.StreamsClient client, string stream, ExpectedRevision expected,
        IReadOnlyList<EventData> events, CancellationToken cancellationToken)
    {
        try
        {
            using var call = client.Append(_nodes.Options(leader: true, cancellationToken));
            try
            {
                await call.RequestStream.WriteAsync(new AppendReq { Options = AppendOptions(stream, expected) }, cancellationToken);
                foreach (var e in events)
                    await call.RequestStream.WriteAsync(new AppendReq { ProposedMessage = EventStoreDbMessages.ToProposedMessage(e) }, cancellationToken);
                await call.RequestStream.CompleteAsync();
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The server may refuse before reading everything (e.g. the size limit); its reply says why.
            }
            var response = await call.ResponseAsync;
            if (response.ResultCase == AppendResp.ResultOneofCase.WrongExpectedVersion)
            {
                var wrong = response.WrongExpectedVersion;
                var actual = wrong.CurrentRevisionOptionCase == AppendResp.Types.WrongExpectedVersion.CurrentRevisionOptionOneofCase.CurrentRevision
                    ? (long)wrong.CurrentRevision
                    : -1;
                throw new WrongExpectedVersionException(stream, expected, actual);
            }
            var success = response.Success ?? throw new EventStoreServerException("unknown-reply", $"The append to '{stream}' got a reply with no result.");
            var revision = success.CurrentRevisionOptionCase == AppendResp.Types.Success.CurrentRevisionOptionOneofCase.CurrentRevision
                ? (long)success.CurrentRevision
                : -1;
            var position = success.PositionOptionCase == AppendResp.Types.Success.PositionOptionOneofCase.Position
                ? EventStoreDbMessages.ToPosition(success.Position.CommitPosition)
                : await LastPositionOfAsync(stream, cancellationToken);
            return new AppendResult(revision, position);
        }
        catch (RpcException error)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw EventStoreDbErrors.Map(error, stream, expected);
        }
    }

    /// <summary>An acknowledged repeat of an earlier append comes without a position: the stream's last event has it.</summary>
    private async Task<long> LastPositionOfAsync(string stream, CancellationToken cancellationToken)
    {
        await foreach (var last in ReadStreamAsync(stream, ReadDirection.Backwards, maxCount: 1, cancellationToken: cancellationToken))
            return last.Position;
        return 0;
    }

    private static AppendReq.Types.Options AppendOptions(string stream, ExpectedRevision expected)
    {
        var options = new AppendReq.Types.Options { StreamIdentifier = EventStoreDbMessages.StreamId(stream) };
        if (expected.IsExact)
            options.Revision = (ulong)expected.Value;
        else if (expected == ExpectedRevision.NoStream)
            options.NoStream = new Empty();
        else if (expected == ExpectedRevision.StreamExists)
            options.StreamExists = new Empty();
        else
            options.Any = new Empty();
        return options;
    }

    public async IAsyncEnumerable<StoredEvent> ReadStreamAsync(string stream, ReadDirection direction = ReadDirection.Forwards,
        long? fromRevision = null, int maxCount = int.MaxValue, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(stream);
        if (maxCount <= 0)
            yield break;
        await foreach (var e in ReadEventsAsync(ReadRequests.Stream(stream, direction, fromRevision, maxCount), stream, cancellationToken, fromLeader: true))
            yield return e;
    }

    public async IAsyncEnumerable<StoredEvent> ReadAllAsync(long afterPosition = 0, int maxCount = int.MaxValue,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (last, remaining) = (afterPosition, maxCount);
        while (remaining > 0)
        {
            var (read, advanced) = (0, false);
            await foreach (var e in ReadEventsAsync(ReadRequests.All(last, ReadDirection.Forwards, AllPageSize), AllStream, cancellationToken))
            {
                read++;
                // The server starts at the position it is given, which we already have.
                if (e.Position <= last || IsSystemEvent(e))
                    continue;
                (last, advanced) = (e.Position, true);
                yield return e;
                if (--remaining == 0)
                    yield break;
            }
            if (read < AllPageSize || !advanced)
                yield break;
        }
    }

    public IAsyncEnumerable<StoredEvent> SubscribeToAllAsync(long afterPosition, CancellationToken cancellationToken) =>
        new CatchUpSubscription(_nodes, _retry, _logger).RunAsync(afterPosition, cancellationToken);

    public async Task<long> ReadHeadPositionAsync(CancellationToken cancellationToken = default)
    {
        // The last user event, so that a reader caught up with every user event reports no lag.
        await foreach (var e in ReadEventsAsync(ReadRequests.All(0, ReadDirection.Backwards, 1), AllStream, cancellationToken, retry: false))
            return e.Position;
        return 0;
    }

    internal static bool IsSystemEvent(StoredEvent e) => e.Type.StartsWith('$');

    /// <summary>
    /// The events of one read. A read that fails on the transport before its first event is tried again, as
    /// nothing was seen yet; <paramref name="retry"/> is off where an answer is wanted at once (readiness).
    /// A stream is read <paramref name="fromLeader"/> because the service reads a record's stream to decide its
    /// next write, which must see every acknowledged one; a follower may not have it yet. The global log is
    /// read from the preferred node, whose lag its readers wait out.
    /// </summary>
    private async IAsyncEnumerable<StoredEvent> ReadEventsAsync(ReadReq request, string stream,
        [EnumeratorCancellation] CancellationToken cancellationToken, bool retry = true, bool fromLeader = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (client, node) = await _nodes.StreamsAsync(fromLeader, cancellationToken);
            using var call = client.Read(request, _nodes.Options(fromLeader, cancellationToken));
            var (yielded, failed) = (false, (Exception?)null);
            while (failed is null)
            {
                ReadResp response;
                try
                {
                    if (!await call.ResponseStream.MoveNext(cancellationToken))
                        yield break;
                    response = call.ResponseStream.Current;
                }
                catch (RpcException error) when (EventStoreDbErrors.Cause(error) == EventStoreDbErrors.StreamNotFound && !cancellationToken.IsCancellationRequested)
                {
                    yield break;
                }
                catch (RpcException error)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var mapped = EventStoreDbErrors.Map(error, stream);
                    if (yielded || !retry || attempt >= _retry.MaxWriteAttempts || !EventStoreDbErrors.IsRetryable(mapped))
                        throw mapped;
                    failed = mapped;
                    continue;
                }
                if (response.ContentCase == ReadResp.ContentOneofCase.StreamNotFound)
                    yield break;
                if (response.ContentCase != ReadResp.ContentOneofCase.Event)
                    continue;
                yielded = true;
                yield return EventStoreDbMessages.ToStoredEvent(response.Event);
            }
            _nodes.Failed(node, failed);
            await Task.Delay(_retry.DelayAfter(attempt), cancellationToken);
        }
    }

    public void Dispose() => _nodes.Dispose();
}
