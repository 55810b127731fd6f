using System.Buffers;
using System.Text;

namespace Timeline.Auditing.Proofs.Canonical;

/// <summary>
/// One pass over a payload's UTF-8 bytes that checks the JSON grammar and writes the canonical form as it goes, without
/// <c>Utf8JsonReader</c>, whose checks of every token were most of the leaf hash. It takes only what it can write
/// exactly as <see cref="CanonicalWriter.Value"/> would: an object at the root, names of printable ASCII without
/// escapes, strings (escapes decoded, anything beyond ASCII checked as UTF-8), integers of up to 15 digits, the literals,
/// at most <see cref="DeepestPlain"/> containers deep. At anything else it stops and says no, and the caller writes the
/// payload the general way, which decides what such JSON (or not JSON) gives.
/// </summary>
internal ref struct PlainScanner(ReadOnlySpan<byte> json, CanonicalWriter writer, IPlainObjectCheck? check)
{
    /// <summary>Well under the parser's limit of 64, so nothing the parser refuses for its depth is taken here.</summary>
    private const int DeepestPlain = 32;

    /// <summary>Where a string's plain run ends: its quote, an escape, a control character or a byte beyond ASCII.</summary>
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(b => (byte)b), (byte)'"', (byte)'\\', .. Enumerable.Range(0x80, 0x80).Select(b => (byte)b)]);

    private readonly ReadOnlySpan<byte> _json = json;
    private int _at;

    public bool TryRootObject()
    {
        SkipSpace();
        if (!At((byte)'{') || !TryObject(1))
            return false;
        SkipSpace();
        return _at == _json.Length;
    }

    private bool TryValue(int depth)
    {
        if (_at >= _json.Length)
            return false;
        return _json[_at] switch
        {
            (byte)'{' => TryObject(depth + 1),
            (byte)'[' => TryArray(depth + 1),
            (byte)'"' => TryString(),
            (byte)'t' => TryLiteral("true"u8),
            (byte)'f' => TryLiteral("false"u8),
            (byte)'n' => TryLiteral("null"u8),
            _ => TryInteger(),
        };
    }

    private bool TryObject(int depth)
    {
        if (depth > DeepestPlain)
            return false;
        _at++;
        var opened = writer.OpenObject();
        SkipSpace();
        if (Take((byte)'}'))
            return writer.TryCloseObject(opened, check);
        while (true)
        {
            SkipSpace();
            var memberStart = writer.Length;
            if (!TryName(out var nameLength))
                return false;
            SkipSpace();
            if (!Take((byte)':'))
                return false;
            SkipSpace();
            if (!TryValue(depth))
                return false;
            writer.Place(memberStart, nameLength);
            SkipSpace();
            if (Take((byte)'}'))
                return writer.TryCloseObject(opened, check);
            if (!Take((byte)','))
                return false;
        }
    }

    /// <summary>A name of printable ASCII with no escape, written with its quotes and the colon: its bytes are canonical and sort as its UTF-16 code units do.</summary>
    private bool TryName(out int length)
    {
        length = 0;
        if (!At((byte)'"'))
            return false;
        var rest = _json[(_at + 1)..];
        var end = rest.IndexOf((byte)'"');
        if (end < 0 || !CanonicalWriter.IsPlainAscii(rest[..end]))
            return false;
        writer.Raw(_json.Slice(_at, end + 2));
        writer.Raw((byte)':');
        _at += end + 2;
        length = end;
        return true;
    }

    private bool TryArray(int depth)
    {
        if (depth > DeepestPlain)
            return false;
        _at++;
        writer.Raw((byte)'[');
        SkipSpace();
        if (Take((byte)']'))
        {
            writer.Raw((byte)']');
            return true;
        }
        while (true)
        {
            SkipSpace();
            if (!TryValue(depth))
                return false;
            SkipSpace();
            if (Take((byte)']'))
            {
                writer.Raw((byte)']');
                return true;
            }
            if (!Take((byte)','))
                return false;
            writer.Raw((byte)',');
        }
    }

    /// <summary>
    /// A string with only the escapes RFC 8785 keeps: runs of plain ASCII are copied, escapes decoded and written again as
    /// <see cref="CanonicalWriter.String"/> writes their characters, and bytes beyond ASCII copied once each sequence is
    /// checked to be a UTF-8 scalar. A raw control character, a broken escape or sequence, or a lone surrogate says no.
    /// </summary>
    private bool TryString()
    {
        _at++;
        writer.Raw((byte)'"');
        while (true)
        {
            var rest = _json[_at..];
            var run = rest.IndexOfAny(StringStops);
            if (run < 0)
                return false;
            writer.Raw(rest[..run]);
            _at += run;
            var stop = rest[run];
            if (stop == (byte)'"')
            {
                _at++;
                writer.Raw((byte)'"');
                return true;
            }
            if (stop == (byte)'\\')
            {
                if (!TryEscape())
                    return false;
            }
            else if (stop < 0x80 || Rune.DecodeFromUtf8(rest[run..], out _, out var size) != OperationStatus.Done)
                return false;
            else
            {
                writer.Raw(rest.Slice(run, size));
                _at += size;
            }
        }
    }

    private bool TryEscape()
    {
        if (_at + 1 >= _json.Length)
            return false;
        var kind = _json[_at + 1];
        _at += 2;
        switch (kind)
        {
            case (byte)'"': writer.Raw("\\\""u8); return true;
            case (byte)'\\': writer.Raw("\\\\"u8); return true;
            case (byte)'/': writer.Raw((byte)'/'); return true;
            case (byte)'b': writer.Raw("\\b"u8); return true;
            case (byte)'f': writer.Raw("\\f"u8); return true;
            case (byte)'n': writer.Raw("\\n"u8); return true;
            case (byte)'r': writer.Raw("\\r"u8); return true;
            case (byte)'t': writer.Raw("\\t"u8); return true;
            case (byte)'u': return TryUnicodeEscape();
            default: return false;
        }
    }

    /// <summary>A <c>\uXXXX</c> escape, or two of them for a surrogate pair; a lone surrogate is left to the general way.</summary>
    private bool TryUnicodeEscape()
    {
        if (!TryHex(out var unit))
            return false;
        if (char.IsLowSurrogate(unit))
            return false;
        if (!char.IsHighSurrogate(unit))
        {
            writer.Char(unit);
            return true;
        }
        if (!_json[_at..].StartsWith("\\u"u8))
            return false;
        _at += 2;
        if (!TryHex(out var low) || !char.IsLowSurrogate(low))
            return false;
        writer.Scalar(new Rune(unit, low));
        return true;
    }

    private bool TryHex(out char unit)
    {
        unit = '\0';
        if (_at + 4 > _json.Length)
            return false;
        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = HexDigit(_json[_at + i]);
            if (digit < 0)
                return false;
            value = value << 4 | digit;
        }
        _at += 4;
        unit = (char)value;
        return true;
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    /// <summary>An integer token of up to 15 digits, copied; a fraction, an exponent or a longer one is left to the general way.</summary>
    private bool TryInteger()
    {
        var start = _at;
        if (At((byte)'-'))
            _at++;
        var digits = _json[_at..];
        var count = digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9');
        if (count < 0)
            count = digits.Length;
        _at += count;
        var token = _json[start.._at];
        if (At((byte)'.') || At((byte)'e') || At((byte)'E') || !CanonicalWriter.IsShortInteger(token))
            return false;
        writer.Raw(token);
        return true;
    }

    private bool TryLiteral(ReadOnlySpan<byte> literal)
    {
        if (!_json[_at..].StartsWith(literal))
            return false;
        writer.Raw(literal);
        _at += literal.Length;
        return true;
    }

    private void SkipSpace()
    {
        while (_at < _json.Length && _json[_at] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
            _at++;
    }

    private readonly bool At(byte b) => _at < _json.Length && _json[_at] == b;

    private bool Take(byte b)
    {
        if (!At(b))
            return false;
        _at++;
        return true;
    }
}
