using System.Buffers;
using System.Text.Json;

namespace Timeline.Auditing.Proofs.Canonical;

/// <summary>
/// The canonical form of the payloads the service writes, read token by token rather than through a
/// <see cref="JsonDocument"/>: each object's members are written where they stand and then copied back in their names'
/// order. It takes only what <see cref="Value(JsonElement)"/> writes the same way without doubt: names of printable
/// ASCII without escapes (their bytes order as their UTF-16 code units do), strings, integers of up to 15 digits and
/// the literals. Anything else (another number, an escaped or repeated name, JSON that does not parse) makes it give
/// up, and the caller writes the payload the general way.
/// </summary>
public sealed partial class CanonicalWriter
{
    /// <summary>A member written in place: where its <c>"name":value</c> starts and ends in the buffer, and its name's length.</summary>
    private readonly record struct PlacedMember(int Start, int NameLength, int End);

    private PlacedMember[] _placed = new PlacedMember[32];
    private int _placedCount;

    /// <summary>
    /// The canonical form of the JSON object <paramref name="json"/>, or false with something written that the caller
    /// cuts off (see <see cref="Truncate"/>) when the object holds anything this way does not take.
    /// </summary>
    public bool TryPlainObject(ReadOnlySpan<byte> json)
    {
        _placedCount = 0;
        var reader = new Utf8JsonReader(json);
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject && TryPlainValue(ref reader) && !reader.Read();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed JSON, or an escape that decodes to no string: the general way decides what such a payload gives.
            return false;
        }
    }

    private bool TryPlainValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return TryPlainMembers(ref reader);
            case JsonTokenType.StartArray:
                Raw((byte)'[');
                var first = true;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (!first)
                        Raw((byte)',');
                    first = false;
                    if (!TryPlainValue(ref reader))
                        return false;
                }
                Raw((byte)']');
                return true;
            case JsonTokenType.String:
                return TryPlainString(ref reader);
            case JsonTokenType.Number:
                return TryPlainInteger(reader.ValueSpan);
            case JsonTokenType.True:
                Raw(True);
                return true;
            case JsonTokenType.False:
                Raw(False);
                return true;
            case JsonTokenType.Null:
                Raw(Null);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Writes each member where it stands, then the object with its members in order, moved back over them.</summary>
    private bool TryPlainMembers(ref Utf8JsonReader reader)
    {
        var objectStart = Length;
        var first = _placedCount;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            if (reader.ValueIsEscaped || !IsPlainAscii(name))
                return false;
            var start = Length;
            Raw((byte)'"');
            Raw(name);
            Raw("\":"u8);
            if (!reader.Read() || !TryPlainValue(ref reader))
                return false;
            if (_placedCount == _placed.Length)
                Array.Resize(ref _placed, _placed.Length * 2);
            _placed[_placedCount++] = new PlacedMember(start, name.Length, Length);
        }
        var members = _placed.AsSpan(first, _placedCount - first);
        if (!TrySortByName(members))
            return false;
        var sortedStart = Length;
        Raw((byte)'{');
        for (var i = 0; i < members.Length; i++)
        {
            if (i > 0)
                Raw((byte)',');
            Raw(_buffer.AsSpan(members[i].Start, members[i].End - members[i].Start));
        }
        Raw((byte)'}');
        var size = Length - sortedStart;
        _buffer.AsSpan(sortedStart, size).CopyTo(_buffer.AsSpan(objectStart));
        Length = objectStart + size;
        _placedCount = first;
        return true;
    }

    /// <summary>Insertion sort (objects have a handful of members) by the names' bytes; false when a name repeats.</summary>
    private bool TrySortByName(Span<PlacedMember> members)
    {
        for (var i = 1; i < members.Length; i++)
        {
            var member = members[i];
            var j = i - 1;
            int order;
            while (j >= 0 && (order = NameOf(members[j]).SequenceCompareTo(NameOf(member))) >= 0)
            {
                if (order == 0)
                    return false;
                members[j + 1] = members[j];
                j--;
            }
            members[j + 1] = member;
        }
        return true;
    }

    private ReadOnlySpan<byte> NameOf(PlacedMember member) => _buffer.AsSpan(member.Start + 1, member.NameLength);

    /// <summary>As <see cref="StringValue"/>: a string without escapes is copied as it stands, one with escapes decoded and written again.</summary>
    private bool TryPlainString(ref Utf8JsonReader reader)
    {
        var raw = reader.ValueSpan;
        if (!reader.ValueIsEscaped)
        {
            if (!System.Text.Unicode.Utf8.IsValid(raw))
                return false;
            Raw((byte)'"');
            Raw(raw);
            Raw((byte)'"');
            return true;
        }
        var chars = ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            String(chars.AsSpan(0, reader.CopyString(chars)));
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>As <see cref="NumberValue"/>'s copied form; any other number is left to the general way.</summary>
    private bool TryPlainInteger(ReadOnlySpan<byte> raw)
    {
        if (!IsShortInteger(raw))
            return false;
        Raw(raw);
        return true;
    }
}
