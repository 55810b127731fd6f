using Google.Protobuf;
using Grpc.Core;
using Timeline.EventStore.EventStoreDb.Protocol;
using RecordedEvent = Timeline.EventStore.EventStoreDb.Protocol.ReadResp.Types.ReadEvent.Types.RecordedEvent;

namespace Timeline.EventStore.Tests.EventStoreDb.Double;

/// <summary>The streams service of EventStoreDB as the protocol page describes it: appends here, reads in the other part.</summary>
public sealed partial class StreamsDouble(DoubleState state) : Streams.StreamsBase
{
    public override async Task<AppendResp> Append(IAsyncStreamReader<AppendReq> requestStream, ServerCallContext context)
    {
        var requiresLeader = context.RequestHeaders.GetValue("requires-leader") == "true";
        state.AppendHeaders.Enqueue((context.RequestHeaders.GetValue("authorization"), requiresLeader));
        // A follower forwards a write that does not insist on the leader; sharing the leader's log, the double just writes it.
        if (requiresLeader && state.Role != MemberInfo.Types.VNodeState.Leader)
            throw GossipDouble.NotLeader(state);
        if (!await requestStream.MoveNext() || requestStream.Current.ContentCase != AppendReq.ContentOneofCase.Options)
            throw new RpcException(new Status(StatusCode.InvalidArgument, "The first message of an append carries its options."));
        var options = requestStream.Current.Options;
        var events = new List<(Guid, string, string, byte[], byte[])>();
        var size = 0;
        while (await requestStream.MoveNext())
        {
            var proposed = requestStream.Current.ProposedMessage
                ?? throw new RpcException(new Status(StatusCode.InvalidArgument, "Only the first message carries options."));
            if (!proposed.Metadata.TryGetValue("type", out var type) || !proposed.Metadata.TryGetValue("content-type", out var contentType))
                throw new Refusal(StatusCode.InvalidArgument, "missing-required-metadata-property",
                    [("required-metadata-properties", "type,content-type")]).ToException();
            size += proposed.Data.Length + proposed.CustomMetadata.Length + type.Length;
            if (size > state.MaxAppendBytes)
                throw new Refusal(StatusCode.InvalidArgument, "maximum-append-size-exceeded",
                    [("maximum-append-size", state.MaxAppendBytes.ToString(System.Globalization.CultureInfo.InvariantCulture))]).ToException();
            events.Add((Uuids.ToGuid(proposed.Id), type, contentType, proposed.CustomMetadata.ToByteArray(), proposed.Data.ToByteArray()));
        }

        var fault = state.AppendFaults.TryDequeue(out var next) ? next : null;
        if (fault is Refusal refusal)
            throw refusal.ToException();
        if (fault is Drop { AfterWriting: false })
            return BreakConnection(context);
        var outcome = state.Log.Append(options.StreamIdentifier.StreamName.ToStringUtf8(), Expect(options, out var revision), revision, events);
        if (fault is Drop)
            return BreakConnection(context);
        return outcome.Written ? Success(outcome) : WrongExpectedVersion(options, outcome);
    }

    private static Expectation Expect(AppendReq.Types.Options options, out long revision)
    {
        revision = options.ExpectedStreamRevisionCase == AppendReq.Types.Options.ExpectedStreamRevisionOneofCase.Revision ? (long)options.Revision : -1;
        return options.ExpectedStreamRevisionCase switch
        {
            AppendReq.Types.Options.ExpectedStreamRevisionOneofCase.Revision => Expectation.Revision,
            AppendReq.Types.Options.ExpectedStreamRevisionOneofCase.NoStream => Expectation.NoStream,
            AppendReq.Types.Options.ExpectedStreamRevisionOneofCase.StreamExists => Expectation.StreamExists,
            AppendReq.Types.Options.ExpectedStreamRevisionOneofCase.Any => Expectation.Any,
            _ => throw new RpcException(new Status(StatusCode.InvalidArgument, "An append needs an expected stream revision.")),
        };
    }

    private static AppendResp Success(AppendOutcome outcome)
    {
        var success = new AppendResp.Types.Success();
        if (outcome.CurrentRevision < 0)
            success.NoStream = new Empty();
        else
            success.CurrentRevision = (ulong)outcome.CurrentRevision;
        // A repeat is acknowledged without a position, as it wrote nothing.
        if (outcome.Repeat || outcome.Position == 0)
            success.NoPosition = new Empty();
        else
            success.Position = new AppendResp.Types.Position { CommitPosition = outcome.Position, PreparePosition = outcome.Position };
        return new AppendResp { Success = success };
    }

    private static AppendResp WrongExpectedVersion(AppendReq.Types.Options options, AppendOutcome outcome)
    {
        var wrong = new AppendResp.Types.WrongExpectedVersion();
        if (outcome.CurrentRevision < 0)
            wrong.CurrentNoStream = new Empty();
        else
            wrong.CurrentRevision = (ulong)outcome.CurrentRevision;
        switch (options.ExpectedStreamRevisionCase)
        {
            case AppendReq.Types.Options.ExpectedStreamRevisionOneofCase.Revision: wrong.ExpectedRevision = options.Revision; break;
            case AppendReq.Types.Options.ExpectedStreamRevisionOneofCase.NoStream: wrong.ExpectedNoStream = new Empty(); break;
            case AppendReq.Types.Options.ExpectedStreamRevisionOneofCase.StreamExists: wrong.ExpectedStreamExists = new Empty(); break;
            default: wrong.ExpectedAny = new Empty(); break;
        }
        return new AppendResp { WrongExpectedVersion = wrong };
    }

    /// <summary>Breaks the connection under the call, as a crashing server or a cut cable would.</summary>
    private static AppendResp BreakConnection(ServerCallContext context)
    {
        context.GetHttpContext().Abort();
        return new AppendResp();
    }

    private static RecordedEvent ToRecorded(DoubleEvent e, ReadReq.Types.Options.Types.UUIDOption uuidOption) => new()
    {
        Id = uuidOption.ContentCase == ReadReq.Types.Options.Types.UUIDOption.ContentOneofCase.String
            ? new UUID { String = e.Id.ToString() }
            : Uuids.ToStructured(e.Id),
        StreamIdentifier = new StreamIdentifier { StreamName = ByteString.CopyFromUtf8(e.Stream) },
        StreamRevision = (ulong)e.Revision,
        CommitPosition = e.Position,
        PreparePosition = e.Position,
        Metadata =
        {
            ["type"] = e.Type,
            ["content-type"] = e.ContentType,
            ["created"] = e.CreatedTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
        CustomMetadata = ByteString.CopyFrom(e.CustomMetadata),
        Data = ByteString.CopyFrom(e.Data),
    };
}
