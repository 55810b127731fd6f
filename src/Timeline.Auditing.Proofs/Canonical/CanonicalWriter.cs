using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Timeline.Auditing.Proofs.Canonical;

/// <summary>
/// Writes RFC 8785 canonical JSON straight into UTF-8 bytes, in a buffer kept between documents: the log's tree
/// hashes every event this way, so going through UTF-16 strings and a new buffer per event was most of its cost.
/// </summary>
public sealed partial class CanonicalWriter
{
    private static readonly byte[] True = "true"u8.ToArray(), False = "false"u8.ToArray(), Null = "null"u8.ToArray();

    private byte[] _buffer = new byte[4096];
    private readonly List<Member> _members = [];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    /// <summary>Forgets everything from <paramref name="length"/> on, so a part that turned out to have no canonical form can be replaced.</summary>
    public void Truncate(int length) => Length = length;

    public void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        Length += bytes.Length;
    }

    public void Raw(byte value)
    {
        Reserve(1)[0] = value;
        Length++;
    }

    public void Number(double value) => Ascii(EcmaScriptNumber.Format(value));

    public void Value(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                Object(value);
                break;
            case JsonValueKind.Array:
                Raw((byte)'[');
                var first = true;
                foreach (var item in value.EnumerateArray())
                {
                    if (!first)
                        Raw((byte)',');
                    first = false;
                    Value(item);
                }
                Raw((byte)']');
                break;
            case JsonValueKind.String:
                StringValue(value);
                break;
            case JsonValueKind.Number:
                NumberValue(value);
                break;
            case JsonValueKind.True:
                Raw(True);
                break;
            case JsonValueKind.False:
                Raw(False);
                break;
            case JsonValueKind.Null:
                Raw(Null);
                break;
            default:
                throw new FormatException($"A {value.ValueKind} has no canonical form.");
        }
    }

    /// <summary>A string with only the escapes JSON requires; everything else as its UTF-8 bytes.</summary>
    public void String(ReadOnlySpan<char> value)
    {
        Raw((byte)'"');
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c != '"' && c != '\\')
                continue;
            Utf8(value[run..i]);
            Escape(c);
            run = i + 1;
        }
        Utf8(value[run..]);
        Raw((byte)'"');
    }

    /// <summary>A member and, when its name is not plain ASCII, the name decoded (once, not at every comparison).</summary>
    private readonly record struct Member(JsonProperty Property, string? Name);

    private void Object(JsonElement value)
    {
        var start = _members.Count;
        var ascii = true;
        foreach (var member in value.EnumerateObject())
        {
            var plain = IsPlainAscii(JsonMarshal.GetRawUtf8PropertyName(member));
            ascii &= plain;
            _members.Add(new Member(member, plain ? null : member.Name));
        }
        var members = CollectionsMarshal.AsSpan(_members)[start..];
        if (ascii)
            WriteMembers(members, static (a, b) => RawName(a).SequenceCompareTo(RawName(b)));
        else
        {
            for (var i = 0; i < members.Length; i++)
                members[i] = members[i] with { Name = members[i].Name ?? members[i].Property.Name };
            // Ordinal comparison of .NET strings compares UTF-16 code units, exactly the order RFC 8785 asks for.
            WriteMembers(members, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        }
        _members.RemoveRange(start, _members.Count - start);
    }

    /// <summary>
    /// Names of printable ASCII with no escape are canonical as they stand, and their bytes sort as their UTF-16 code
    /// units do: they are compared and copied without being decoded.
    /// </summary>
    private void WriteMembers(Span<Member> members, Comparison<Member> order)
    {
        members.Sort(order);
        for (var i = 1; i < members.Length; i++)
        {
            if (order(members[i], members[i - 1]) == 0)
                throw new FormatException($"The member '{members[i].Property.Name}' appears twice: such JSON has no canonical form.");
        }
        Raw((byte)'{');
        for (var i = 0; i < members.Length; i++)
        {
            if (i > 0)
                Raw((byte)',');
            if (members[i].Name is { } name)
                String(name);
            else
            {
                Raw((byte)'"');
                Raw(RawName(members[i]));
                Raw((byte)'"');
            }
            Raw((byte)':');
            Value(members[i].Property.Value);
        }
        Raw((byte)'}');
    }

    private static ReadOnlySpan<byte> RawName(Member member) => JsonMarshal.GetRawUtf8PropertyName(member.Property);

    internal static bool IsPlainAscii(ReadOnlySpan<byte> name) =>
        name.IndexOfAnyExceptInRange((byte)' ', (byte)'~') < 0 && name.IndexOf((byte)'\\') < 0;

    /// <summary>
    /// A token of up to 15 digits with no fraction, exponent or leading zero is an integer a double holds exactly, and
    /// ECMAScript writes such an integer as its digits: it is copied. Anything else is formatted from its double.
    /// </summary>
    private void NumberValue(JsonElement value)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value);
        if (IsShortInteger(raw))
            Raw(raw);
        else
            Number(value.GetDouble());
    }

    internal static bool IsShortInteger(ReadOnlySpan<byte> raw)
    {
        var digits = raw.Length > 0 && raw[0] == (byte)'-' ? raw[1..] : raw;
        return digits.Length is > 0 and <= 15 && digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0 && (digits[0] != (byte)'0' || raw.Length == 1);
    }

    /// <summary>
    /// A string token without escapes is already canonical as it stands in the source (valid JSON has no raw
    /// control characters), so its bytes are copied; one with escapes is decoded and written again.
    /// </summary>
    private void StringValue(JsonElement value)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value);
        if (raw.IndexOf((byte)'\\') < 0 && System.Text.Unicode.Utf8.IsValid(raw))
            Raw(raw);
        else
            String(value.GetString());
    }

    /// <summary>One UTF-16 code unit that is not a surrogate, as <see cref="String"/> writes it.</summary>
    internal void Char(char c)
    {
        if (c < ' ' || c == '"' || c == '\\')
            Escape(c);
        else
            Scalar(new Rune(c));
    }

    internal void Scalar(Rune scalar)
    {
        Length += scalar.EncodeToUtf8(Reserve(scalar.Utf8SequenceLength));
    }

    private void Escape(char c)
    {
        switch (c)
        {
            case '"': Ascii("\\\""); break;
            case '\\': Ascii("\\\\"); break;
            case '\b': Ascii("\\b"); break;
            case '\f': Ascii("\\f"); break;
            case '\n': Ascii("\\n"); break;
            case '\r': Ascii("\\r"); break;
            case '\t': Ascii("\\t"); break;
            default: Ascii($"\\u{(int)c:x4}"); break;
        }
    }

    private void Utf8(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
            return;
        // Lone surrogates become U+FFFD, as Encoding.UTF8 has always written them here.
        var written = Encoding.UTF8.GetBytes(text, Reserve(Encoding.UTF8.GetMaxByteCount(text.Length)));
        Length += written;
    }

    private void Ascii(string text)
    {
        var target = Reserve(text.Length);
        for (var i = 0; i < text.Length; i++)
            target[i] = (byte)text[i];
        Length += text.Length;
    }

    private Span<byte> Reserve(int count)
    {
        if (Length + count > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + count));
        return _buffer.AsSpan(Length, count);
    }
}
