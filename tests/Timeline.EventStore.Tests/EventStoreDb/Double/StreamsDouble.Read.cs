using System.Text.RegularExpressions;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Timeline.EventStore.EventStoreDb.Protocol;
using static Timeline.EventStore.EventStoreDb.Protocol.ReadReq.Types.Options.Types;

namespace Timeline.EventStore.Tests.EventStoreDb.Double;

/// <summary>Reads of a stream or of $all, and catch-up subscriptions to $all.</summary>
public sealed partial class StreamsDouble
{
    public override async Task Read(ReadReq request, IServerStreamWriter<ReadResp> responseStream, ServerCallContext context)
    {
        state.Reads.Enqueue(request);
        if (context.RequestHeaders.GetValue("requires-leader") == "true" && state.Role != MemberInfo.Types.VNodeState.Leader)
            throw GossipDouble.NotLeader(state);
        var options = request.Options ?? throw new RpcException(new Status(StatusCode.InvalidArgument, "A read needs options."));
        if (options.UuidOption is null)
            throw new RpcException(new Status(StatusCode.InvalidArgument, "uuid_option is required."));
        switch (state.ReadFaults.TryDequeue(out var fault) ? fault : null)
        {
            case Refusal refusal:
                throw refusal.ToException();
            case Drop:
                context.GetHttpContext().Abort();
                return;
        }

        var filter = Filter(options);
        switch (options.StreamOptionCase, options.CountOptionCase)
        {
            case (ReadReq.Types.Options.StreamOptionOneofCase.Stream, ReadReq.Types.Options.CountOptionOneofCase.Count):
                await ReadStreamAsync(options, responseStream);
                break;
            case (ReadReq.Types.Options.StreamOptionOneofCase.All, ReadReq.Types.Options.CountOptionOneofCase.Count):
                foreach (var e in ReadAll(options).Where(filter).Take(Count(options)))
                    await responseStream.WriteAsync(Event(e, options));
                break;
            case (ReadReq.Types.Options.StreamOptionOneofCase.All, ReadReq.Types.Options.CountOptionOneofCase.Subscription):
                await SubscribeToAllAsync(options, filter, responseStream, context);
                break;
            default:
                throw new RpcException(new Status(StatusCode.Unimplemented, "The double serves stream reads, $all reads and $all subscriptions."));
        }
    }

    private async Task ReadStreamAsync(ReadReq.Types.Options options, IServerStreamWriter<ReadResp> responseStream)
    {
        var stream = options.Stream.StreamIdentifier.StreamName.ToStringUtf8();
        if (state.Log.Stream(stream) is not { } events)
        {
            await responseStream.WriteAsync(new ReadResp { StreamNotFound = new ReadResp.Types.StreamNotFound { StreamIdentifier = options.Stream.StreamIdentifier } });
            return;
        }
        var forwards = options.ReadDirection == ReadReq.Types.Options.Types.ReadDirection.Forwards;
        var from = options.Stream.RevisionOptionCase switch
        {
            StreamOptions.RevisionOptionOneofCase.Revision => (long)options.Stream.Revision,
            StreamOptions.RevisionOptionOneofCase.End => long.MaxValue,
            _ => forwards ? 0 : long.MaxValue,
        };
        var selected = forwards
            ? events.Where(e => e.Revision >= from)
            : events.Reverse().Where(e => e.Revision <= from);
        foreach (var e in selected.Take(Count(options)))
            await responseStream.WriteAsync(Event(e, options));
    }

    /// <summary>Forwards from a position includes the event there; backwards from a position starts before it.</summary>
    private IEnumerable<DoubleEvent> ReadAll(ReadReq.Types.Options options)
    {
        var all = state.Log.All();
        var forwards = options.ReadDirection == ReadReq.Types.Options.Types.ReadDirection.Forwards;
        return (options.All.AllOptionCase, forwards) switch
        {
            (AllOptions.AllOptionOneofCase.Position, true) => all.Where(e => e.Position >= options.All.Position.CommitPosition),
            (AllOptions.AllOptionOneofCase.Position, false) => all.Reverse().Where(e => e.Position < options.All.Position.CommitPosition),
            (AllOptions.AllOptionOneofCase.End, true) => [],
            (_, true) => all,
            (_, false) => all.Reverse(),
        };
    }

    /// <summary>History after the position (a subscription starts after it), then live events, until the call ends.</summary>
    private async Task SubscribeToAllAsync(ReadReq.Types.Options options, Func<DoubleEvent, bool> filter,
        IServerStreamWriter<ReadResp> responseStream, ServerCallContext context)
    {
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, state.Stopping);
        await responseStream.WriteAsync(new ReadResp { Confirmation = new ReadResp.Types.SubscriptionConfirmation { SubscriptionId = Guid.NewGuid().ToString() } });
        var after = options.All.AllOptionCase switch
        {
            AllOptions.AllOptionOneofCase.Position => options.All.Position.CommitPosition,
            AllOptions.AllOptionOneofCase.End => state.Log.All() is { Count: > 0 } all ? all[^1].Position : 0,
            _ => 0UL,
        };
        var caughtUp = false;
        try
        {
            while (true)
            {
                var appended = state.Log.NextAppend;
                foreach (var e in state.Log.All().Where(e => e.Position > after))
                {
                    after = e.Position;
                    if (filter(e))
                        await responseStream.WriteAsync(Event(e, options), ended.Token);
                }
                if (!caughtUp)
                {
                    caughtUp = true;
                    await responseStream.WriteAsync(new ReadResp { CaughtUp = new ReadResp.Types.CaughtUp { Timestamp = Timestamp.FromDateTime(DateTime.UtcNow) } }, ended.Token);
                }
                await appended.WaitAsync(ended.Token);
            }
        }
        catch (OperationCanceledException) when (state.Stopping.IsCancellationRequested && !context.CancellationToken.IsCancellationRequested)
        {
            context.GetHttpContext().Abort();
        }
    }

    private static Func<DoubleEvent, bool> Filter(ReadReq.Types.Options options)
    {
        if (options.FilterOptionCase != ReadReq.Types.Options.FilterOptionOneofCase.Filter)
            return _ => true;
        var filter = options.Filter;
        var byType = filter.FilterCase == FilterOptions.FilterOneofCase.EventType;
        var expression = byType ? filter.EventType : filter.StreamIdentifier;
        Func<string, bool> matches = expression.Regex.Length > 0
            ? new Regex(expression.Regex, RegexOptions.CultureInvariant).IsMatch
            : value => expression.Prefix.Any(p => value.StartsWith(p, StringComparison.Ordinal));
        return e => matches(byType ? e.Type : e.Stream);
    }

    private static int Count(ReadReq.Types.Options options) => (int)Math.Min(options.Count, int.MaxValue);

    private static ReadResp Event(DoubleEvent e, ReadReq.Types.Options options) => new()
    {
        Event = new ReadResp.Types.ReadEvent { Event = ToRecorded(e, options.UuidOption), CommitPosition = e.Position },
    };
}
