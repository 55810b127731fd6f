using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Exports;

/// <summary>
/// HTML built as UTF-8 in a buffer kept from use to use, its texts encoded as <see cref="System.Net.WebUtility.HtmlEncode(string)"/>
/// encodes them: &lt; &gt; &amp; " and ' as entities, U+00A0 to U+00FF and every character beyond the BMP as numeric
/// references, the rest as it is.
/// </summary>
public sealed class HtmlText
{
    private static readonly SearchValues<byte> Special = SearchValues.Create([.. "<>\"'&"u8, .. Enumerable.Range(0x80, 0x80).Select(b => (byte)b)]);
    private byte[] _bytes = new byte[1024];
    private int _length;

    public ReadOnlySpan<byte> Utf8 => _bytes.AsSpan(0, _length);

    public HtmlText Clear()
    {
        _length = 0;
        return this;
    }

    /// <summary>Markup, written as it is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public HtmlText Raw(ReadOnlySpan<byte> markup)
    {
        if (_bytes.Length - _length < markup.Length)
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + markup.Length));
        markup.CopyTo(_bytes.AsSpan(_length));
        _length += markup.Length;
        return this;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public HtmlText Encoded(ReadOnlySpan<byte> text)
    {
        while (!text.IsEmpty)
        {
            var at = text.IndexOfAny(Special);
            if (at < 0)
                return Raw(text);
            Raw(text[..at]);
            text = text[at..];
            var consumed = 1;
            switch (text[0])
            {
                case (byte)'<': Raw("&lt;"u8); break;
                case (byte)'>': Raw("&gt;"u8); break;
                case (byte)'"': Raw("&quot;"u8); break;
                case (byte)'\'': Raw("&#39;"u8); break;
                case (byte)'&': Raw("&amp;"u8); break;
                default:
                    Rune.DecodeFromUtf8(text, out var rune, out consumed);
                    if (rune.Value is >= 160 and < 256 or >= 0x10000)
                        Raw("&#"u8).Number(rune.Value).Raw(";"u8);
                    else
                        Raw(text[..consumed]);
                    break;
            }
            text = text[consumed..];
        }
        return this;
    }

    /// <summary>The texts joined by ", ", encoded.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public HtmlText Encoded(List<Utf8Text> texts)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            if (i > 0)
                Raw(", "u8);
            Encoded(texts[i].Span);
        }
        return this;
    }

    /// <summary>A number as string interpolation writes it (the current culture; nothing for null).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public HtmlText Number(int? number)
    {
        Span<byte> digits = stackalloc byte[16];
        return number is { } n && n.TryFormat(digits, out var length, default, CultureInfo.CurrentCulture) ? Raw(digits[..length]) : this;
    }
}
