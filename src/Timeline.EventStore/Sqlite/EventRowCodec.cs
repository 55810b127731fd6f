using System.Text;

namespace Timeline.EventStore.Sqlite;

/// <summary>
/// The binary parts of a compact event row. Ids are 16 big-endian bytes, so <c>hex(event_id)</c> in the sqlite3 shell
/// reads as the GUID's text without its dashes. The metadata blob is a version byte, the correlation and causation
/// ids, then recorded-by, import batch and trace parent, each as a length (0 for none, else bytes + 1) and UTF-8.
/// </summary>
internal static class EventRowCodec
{
    private const byte MetadataVersion = 1;
    private const int IdBytes = 16;

    public static byte[] IdToBytes(Guid id)
    {
        var bytes = new byte[IdBytes];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return bytes;
    }

    public static Guid IdFromBytes(ReadOnlySpan<byte> bytes) => new(bytes, bigEndian: true);

    public static byte[] EncodeMetadata(EventMetadata metadata)
    {
        var size = 1 + 2 * IdBytes + TextSize(metadata.RecordedBy) + TextSize(metadata.ImportBatch) + TextSize(metadata.TraceParent);
        var blob = new byte[size];
        blob[0] = MetadataVersion;
        metadata.CorrelationId.TryWriteBytes(blob.AsSpan(1, IdBytes), bigEndian: true, out _);
        metadata.CausationId.TryWriteBytes(blob.AsSpan(1 + IdBytes, IdBytes), bigEndian: true, out _);
        var at = 1 + 2 * IdBytes;
        at = WriteText(blob, at, metadata.RecordedBy);
        at = WriteText(blob, at, metadata.ImportBatch);
        WriteText(blob, at, metadata.TraceParent);
        return blob;
    }

    public static EventMetadata DecodeMetadata(ReadOnlySpan<byte> blob)
    {
        if (blob.Length < 1 + 2 * IdBytes || blob[0] != MetadataVersion)
            throw new InvalidDataException($"An event's metadata blob has an unknown layout (version {(blob.IsEmpty ? "none" : blob[0])}).");
        var correlation = IdFromBytes(blob.Slice(1, IdBytes));
        var causation = IdFromBytes(blob.Slice(1 + IdBytes, IdBytes));
        var rest = blob[(1 + 2 * IdBytes)..];
        var recordedBy = ReadText(ref rest) ?? throw new InvalidDataException("An event's metadata blob names nobody who recorded it.");
        var importBatch = ReadText(ref rest);
        var traceParent = ReadText(ref rest);
        return new EventMetadata(recordedBy, correlation, causation, importBatch, traceParent);
    }

    private static int TextSize(string? text) => text is null ? 1 : LengthSize((uint)Encoding.UTF8.GetByteCount(text) + 1) + Encoding.UTF8.GetByteCount(text);

    private static int LengthSize(uint value)
    {
        var size = 1;
        while ((value >>= 7) != 0)
            size++;
        return size;
    }

    private static int WriteText(byte[] blob, int at, string? text)
    {
        var length = text is null ? 0u : (uint)Encoding.UTF8.GetByteCount(text) + 1;
        // Seven bits a byte, high bit set while more follow: short strings cost one byte of length.
        while (length >= 0x80)
        {
            blob[at++] = (byte)(length | 0x80);
            length >>= 7;
        }
        blob[at++] = (byte)length;
        return text is null ? at : at + Encoding.UTF8.GetBytes(text, blob.AsSpan(at));
    }

    private static string? ReadText(ref ReadOnlySpan<byte> rest)
    {
        uint length = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (rest.IsEmpty || shift > 28)
                throw new InvalidDataException("An event's metadata blob ends inside a length.");
            var b = rest[0];
            rest = rest[1..];
            length |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
                break;
        }
        if (length == 0)
            return null;
        var bytes = (int)length - 1;
        if (bytes > rest.Length)
            throw new InvalidDataException("An event's metadata blob ends inside a text.");
        var text = Encoding.UTF8.GetString(rest[..bytes]);
        rest = rest[bytes..];
        return text;
    }
}
