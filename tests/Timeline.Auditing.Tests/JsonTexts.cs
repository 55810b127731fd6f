using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Timeline.Auditing.Tests;

/// <summary>
/// Generators of JSON text for the one-pass scanner's properties: what the service's serialiser writes (plain names,
/// strings with <c>\u</c> escapes) and what any other writer may: every escape form in either case, text beyond ASCII
/// raw or escaped, surrogate pairs and lone surrogates escaped, numbers in every form, spacing, nesting past the
/// parser's depth, sources with right and wrong hashes, and now and then JSON that is broken.
/// </summary>
internal static class JsonTexts
{
    private static readonly string[] PlainNames = ["recordId", "facts", "title", "text", "sha256", "a", "b", "z", "A", "Z", "a b", "~", "ab", "aa", "_", "0"];

    private static readonly string[] OtherNames = ["é", "e\u0301", "中文", "😀", "na\"me", "tab\t", "\u007f", "back\\slash", ""];

    private static readonly string[] Numbers =
        ["0", "-0", "7", "-12", "10", "123456789012345", "-999999999999999", "1234567890123456", "9007199254740993", "1.5", "1.0", "12.50",
         "1e2", "1E-7", "1e+2", "-0.000001", "1e21", "1e-7", "5e-324", "1.7976931348623157e308", "1e400", "-1e400", "0.1", "100", "0e0", "-0.0",
         "01", "1.", ".5", "-", "+1", "1e", "0x10", "NaN", "Infinity"];

    private static Gen<string> Space { get; } =
        Gen.Frequency((6, Gen.Constant("")), (1, Gen.Elements(" ", "\n", "\t", "\r\n  ", "  \t")));

    /// <summary>One character of a string's text, written as it is or escaped in one of the forms JSON allows.</summary>
    private static Gen<string> TextPiece(bool wild) => Gen.Frequency(
        (8, Gen.Elements("a", "Z", "0", " ", "/", "<", "&", "'", "+", "`", "~", "\u007f", "plain words ")),
        (3, Gen.Elements("é", "中", "😀", "\u2028", "\uffff", "\u0080")),
        (4, Gen.Choose(0, 0xFFFF).Where(c => !char.IsSurrogate((char)c)).SelectMany(c => Gen.Elements($"\\u{c:x4}", $"\\u{c:X4}"))),
        (3, Gen.Choose(0, 0x1F).SelectMany(c => Gen.Elements($"\\u{c:x4}", $"\\u{c:X4}"))),
        (3, Gen.Elements("\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t", "\\u0022", "\\u005C", "\\u005c", "\\u002F")),
        (2, Gen.Elements("\\ud83d\\ude00", "\\uD83D\\uDE00", "\\udbff\\udfff", "\\ud800\\udc00")),
        (wild ? 1 : 0, Gen.Elements("\\ud83d", "\\ude00", "\\ud83d\\u0041", "\\ude00\\ud83d", "\\ud83dx", "\\uDBFF\\\"")),
        (wild ? 1 : 0, Gen.Elements("\\x", "\\u12", "\\u12G4", "\u0001", "\t", "\\U0041")));

    private static Gen<string> Text(bool wild) => Gen.ListOf(TextPiece(wild)).Select(pieces => string.Concat(pieces.Take(12)));

    private static Gen<string> Name(bool wild) => Gen.Frequency(
        (12, Gen.Elements(PlainNames)),
        (wild ? 1 : 0, Gen.Elements(OtherNames).Select(Escape)),
        (wild ? 1 : 0, Gen.Elements("\\u0061", "a\\u0062", "\\\"q", "\\/")));

    private static Gen<string> Number(bool wild) => Gen.Frequency(
        (4, Gen.Choose(-1_000_000, 1_000_000).Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (wild ? 2 : 0, Gen.Choose(1, 18).SelectMany(digits => Gen.Choose(0, 1).Select(sign =>
            (sign == 0 ? "" : "-") + "9876543210987654321"[..digits]))),
        (wild ? 2 : 0, Gen.Elements(Numbers)),
        (wild ? 1 : 0, Gen.Choose(-999, 999).SelectMany(m => Gen.Choose(-330, 330).Select(e => $"{m}.5e{e}"))));

    /// <summary>An object whose members are a source's text and a SHA-256 of it, or of something else, in either case.</summary>
    private static Gen<string> Source(bool wild) =>
        from text in Text(wild)
        from right in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from upper in Gen.Elements(false, true)
        from first in Gen.Elements(false, true)
        select SourceOf(text, right, upper, first);

    private static string SourceOf(string text, bool right, bool upper, bool textFirst)
    {
        var decoded = Decoded(text);
        var hash = decoded is null ? new string('0', 64) : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(right ? decoded : decoded + ".")));
        var sha = $"\"sha256\":\"{(upper ? hash.ToUpperInvariant() : hash)}\"";
        var member = $"\"text\":\"{text}\"";
        return textFirst ? $"{{{member},{sha},\"paragraphIndex\":3}}" : $"{{{sha},{member}}}";
    }

    private static string? Decoded(string text)
    {
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<string>($"\"{text}\"");
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Escape(string name) => name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\t", "\\t", StringComparison.Ordinal);

    private static Gen<string> Value(int size, int depth, bool wild)
    {
        var scalars = Gen.Frequency(
            (4, Text(wild).Select(t => $"\"{t}\"")),
            (3, Number(wild)),
            (1, Gen.Elements("true", "false", "null")),
            (wild ? 1 : 0, Gen.Elements("tru", "nul", "True")));
        if (size <= 0)
            return scalars;
        return Gen.Frequency(
            (5, scalars),
            (2, Object(size / 2, depth + 1, wild)),
            (2, Array(size / 2, depth + 1, wild)),
            (1, Source(wild)),
            (depth < 2 ? 1 : 0, Gen.Choose(wild ? 30 : 1, wild ? 70 : 30).Select(Nested)));
    }

    /// <summary>Arrays and objects inside each other to the depth given: past the parser's limit of 64 now and then.</summary>
    private static string Nested(int depth)
    {
        var open = new StringBuilder();
        var close = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            open.Append(i % 2 == 0 ? "[" : "{\"n\":");
            close.Insert(0, i % 2 == 0 ? "]" : "}");
        }
        return $"{open}1{close}";
    }

    private static Gen<string> Object(int size, int depth, bool wild) =>
        from members in Gen.ListOf(
            from name in Name(wild)
            from before in Space
            from after in Space
            from value in Value(size, depth, wild)
            select (Name: name, Text: $"{before}\"{name}\"{after}:{before}{value}{after}"))
        from inner in Space
        let kept = (wild ? members : members.DistinctBy(m => m.Name)).Take(6).Select(m => m.Text).ToList()
        select kept.Count == 0 ? $"{{{inner}}}" : $"{{{string.Join(",", kept)}}}";

    private static Gen<string> Array(int size, int depth, bool wild) =>
        from items in Gen.ListOf(from value in Value(size, depth, wild) from space in Space select space + value + space)
        select $"[{string.Join(",", items.Take(5))}]";

    /// <summary>
    /// A payload: half of them of the kinds the scanner takes, the others anything; mostly
    /// an object, sometimes another value, sometimes broken.
    /// </summary>
    public static Gen<byte[]> Payloads { get; } = Gen.Sized(size =>
        from wild in Gen.Elements(false, true)
        from root in Gen.Frequency((10, Object(Math.Min(size, 40), 1, wild)), (wild ? 1 : 0, Value(4, 1, wild)))
        from before in Space
        from after in Space
        from damage in Gen.Frequency((12, Gen.Constant(0)), (wild ? 1 : 0, Gen.Choose(1, 4)))
        from cut in Gen.Choose(0, 1_000)
        select Damaged(Encoding.UTF8.GetBytes(before + root + after), damage, cut));

    private static byte[] Damaged(byte[] json, int damage, int cut) => damage switch
    {
        1 => json[..(cut % (json.Length + 1))],
        2 when json.Length > 1 => [.. json[..1], 0xff, .. json[1..]],
        3 => [.. json, .. "x"u8],
        4 => [.. json, .. ",{}"u8],
        _ => json,
    };
}
