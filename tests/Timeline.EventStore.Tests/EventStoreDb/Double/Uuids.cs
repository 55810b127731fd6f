using System.Buffers.Binary;
using Timeline.EventStore.EventStoreDb.Protocol;

namespace Timeline.EventStore.Tests.EventStoreDb.Double;

/// <summary>The protocol's two forms of an id: the text, or its big-endian halves.</summary>
internal static class Uuids
{
    public static Guid ToGuid(UUID uuid)
    {
        if (uuid.ValueCase == UUID.ValueOneofCase.String)
            return Guid.Parse(uuid.String);
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(bytes[..8], uuid.Structured.MostSignificantBits);
        BinaryPrimitives.WriteInt64BigEndian(bytes[8..], uuid.Structured.LeastSignificantBits);
        return new Guid(bytes, bigEndian: true);
    }

    public static UUID ToStructured(Guid id)
    {
        var text = id.ToString("N");
        return new UUID
        {
            Structured = new UUID.Types.Structured
            {
                MostSignificantBits = (long)Convert.ToUInt64(text[..16], 16),
                LeastSignificantBits = (long)Convert.ToUInt64(text[16..], 16),
            },
        };
    }
}
