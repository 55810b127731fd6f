using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using Google.Protobuf;
using Timeline.EventStore.EventStoreDb.Protocol;
using RecordedEvent = Timeline.EventStore.EventStoreDb.Protocol.ReadResp.Types.ReadEvent.Types.RecordedEvent;

namespace Timeline.EventStore.EventStoreDb;

/// <summary>Our events to the wire and back.</summary>
internal static class EventStoreDbMessages
{
    public const string JsonContentType = "application/json";

    // Names other EventStoreDB tools (the UI, projections) recognise for correlation and causation.
    private const string CorrelationKey = "$correlationId";
    private const string CausationKey = "$causationId";
    private const string RecordedByKey = "recordedBy";
    private const string ImportBatchKey = "importBatch";
    private const string TraceParentKey = "traceparent";

    public static StreamIdentifier StreamId(string stream) => new() { StreamName = ByteString.CopyFromUtf8(stream) };

    public static AppendReq.Types.ProposedMessage ToProposedMessage(EventData e) => new()
    {
        Id = ToUuid(e.EventId),
        Metadata = { ["type"] = e.Type, ["content-type"] = JsonContentType },
        CustomMetadata = ByteString.CopyFrom(WriteCustomMetadata(e.Metadata)),
        Data = ByteString.CopyFrom(e.Data.Span),
    };

    /// <summary>The event of a read reply; its global position is the commit position, as $all orders by it.</summary>
    public static StoredEvent ToStoredEvent(ReadResp.Types.ReadEvent read)
    {
        var recorded = read.Event ?? read.Link ?? throw new InvalidDataException("A read reply carried no event.");
        var position = read.PositionCase == ReadResp.Types.ReadEvent.PositionOneofCase.CommitPosition
            ? read.CommitPosition
            : recorded.CommitPosition;
        return new StoredEvent(
            FromUuid(recorded.Id),
            recorded.Metadata.GetValueOrDefault("type") ?? "",
            recorded.StreamIdentifier?.StreamName.ToStringUtf8() ?? "",
            checked((long)recorded.StreamRevision),
            ToPosition(position),
            RecordedAt(recorded),
            recorded.Data.Memory,
            ReadCustomMetadata(recorded.CustomMetadata.Span));
    }

    /// <summary>The server sends all ones for "no position" (an event whose commit it cannot tell).</summary>
    public static long ToPosition(ulong commitPosition) => commitPosition > long.MaxValue ? -1 : (long)commitPosition;

    public static UUID ToUuid(Guid id)
    {
        // EventStoreDB's structured form is the id's big-endian bytes in two halves, as Java's UUID keeps it.
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return new UUID
        {
            Structured = new UUID.Types.Structured
            {
                MostSignificantBits = BinaryPrimitives.ReadInt64BigEndian(bytes[..8]),
                LeastSignificantBits = BinaryPrimitives.ReadInt64BigEndian(bytes[8..]),
            },
        };
    }

    public static Guid FromUuid(UUID? uuid)
    {
        switch (uuid?.ValueCase)
        {
            case UUID.ValueOneofCase.String:
                return Guid.Parse(uuid.String);
            case UUID.ValueOneofCase.Structured:
                Span<byte> bytes = stackalloc byte[16];
                BinaryPrimitives.WriteInt64BigEndian(bytes[..8], uuid.Structured.MostSignificantBits);
                BinaryPrimitives.WriteInt64BigEndian(bytes[8..], uuid.Structured.LeastSignificantBits);
                return new Guid(bytes, bigEndian: true);
            default:
                return Guid.Empty;
        }
    }

    /// <summary><c>created</c> holds 100-nanosecond ticks since the Unix epoch, in the server's clock.</summary>
    private static DateTimeOffset RecordedAt(RecordedEvent recorded) =>
        long.TryParse(recorded.Metadata.GetValueOrDefault("created"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks)
            ? DateTimeOffset.UnixEpoch.AddTicks(ticks)
            : DateTimeOffset.UnixEpoch;

    private static byte[] WriteCustomMetadata(EventMetadata metadata)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString(CorrelationKey, metadata.CorrelationId);
            json.WriteString(CausationKey, metadata.CausationId);
            json.WriteString(RecordedByKey, metadata.RecordedBy);
            if (metadata.ImportBatch is not null)
                json.WriteString(ImportBatchKey, metadata.ImportBatch);
            if (metadata.TraceParent is not null)
                json.WriteString(TraceParentKey, metadata.TraceParent);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>Reads what we wrote; events written by other tools may carry anything, or nothing.</summary>
    private static EventMetadata ReadCustomMetadata(ReadOnlySpan<byte> bytes)
    {
        var (by, correlation, causation, batch, trace) = ("", Guid.Empty, Guid.Empty, (string?)null, (string?)null);
        try
        {
            var reader = new Utf8JsonReader(bytes);
            if (bytes.Length == 0 || !JsonDocument.TryParseValue(ref reader, out var document))
                return new EventMetadata(by, correlation, causation, batch, trace);
            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                    return new EventMetadata(by, correlation, causation, batch, trace);
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    var text = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                    switch (property.Name)
                    {
                        case CorrelationKey: Guid.TryParse(text, out correlation); break;
                        case CausationKey: Guid.TryParse(text, out causation); break;
                        case RecordedByKey: by = text ?? ""; break;
                        case ImportBatchKey: batch = text; break;
                        case TraceParentKey: trace = text; break;
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: another writer's binary metadata, which says nothing we know how to read.
        }
        return new EventMetadata(by, correlation, causation, batch, trace);
    }
}
