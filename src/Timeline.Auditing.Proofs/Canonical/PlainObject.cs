using System.Globalization;

namespace Timeline.Auditing.Proofs.Canonical;

/// <summary>Looks at each object of a payload read the plain way, as it is written; saying no sends the payload the general way.</summary>
public interface IPlainObjectCheck
{
    bool Check(PlainObject members);
}

/// <summary>An object just read the plain way: its members' names and canonical values, in the buffer being written.</summary>
public readonly ref struct PlainObject
{
    private readonly ReadOnlySpan<byte> _buffer;
    private readonly ReadOnlySpan<CanonicalWriter.PlacedMember> _members;

    internal PlainObject(ReadOnlySpan<byte> buffer, ReadOnlySpan<CanonicalWriter.PlacedMember> members)
    {
        _buffer = buffer;
        _members = members;
    }

    /// <summary>The member <paramref name="name"/>'s string in its canonical form, without its quotes, when it has one.</summary>
    public bool TryGetString(ReadOnlySpan<byte> name, out ReadOnlySpan<byte> canonical)
    {
        foreach (var member in _members)
        {
            // "name":value
            if (!_buffer.Slice(member.Start + 1, member.NameLength).SequenceEqual(name))
                continue;
            var value = _buffer[(member.Start + member.NameLength + 3)..member.End];
            canonical = value.Length >= 2 && value[0] == (byte)'"' ? value[1..^1] : default;
            return value.Length >= 2 && value[0] == (byte)'"';
        }
        canonical = default;
        return false;
    }

    /// <summary>
    /// The UTF-8 of the text a canonical string holds: its escapes (only those RFC 8785 keeps) undone. The text is never
    /// longer than its canonical form, so <paramref name="text"/> needs no more room than <paramref name="canonical"/>.
    /// </summary>
    public static int Unescape(ReadOnlySpan<byte> canonical, Span<byte> text)
    {
        var length = 0;
        for (var i = 0; i < canonical.Length; i++)
        {
            var b = canonical[i];
            if (b == (byte)'\\')
            {
                b = canonical[++i] switch
                {
                    (byte)'b' => (byte)'\b',
                    (byte)'f' => (byte)'\f',
                    (byte)'n' => (byte)'\n',
                    (byte)'r' => (byte)'\r',
                    (byte)'t' => (byte)'\t',
                    (byte)'u' => byte.Parse(canonical.Slice(i + 3, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
                    var escaped => escaped,
                };
                if (canonical[i] == (byte)'u')
                    i += 4;
            }
            text[length++] = b;
        }
        return length;
    }
}
