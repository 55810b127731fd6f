using System.Text.Json;

namespace Timeline.Auditing.Proofs.Canonical;

/// <summary>
/// RFC 8785 (JCS) canonical JSON: members sorted by their names' UTF-16 code units, no whitespace, numbers in
/// ECMAScript's shortest form, strings with only the escapes JSON requires. Two parties holding the same JSON
/// value get the same bytes, whatever spacing or member order each received.
/// </summary>
public static class JsonCanonicalizer
{
    public static byte[] Canonicalize(JsonElement value)
    {
        var writer = new CanonicalWriter();
        writer.Value(value);
        return writer.Written.ToArray();
    }

    public static byte[] Canonicalize(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        return Canonicalize(document.RootElement);
    }
}
