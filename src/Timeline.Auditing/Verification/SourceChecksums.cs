using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Timeline.Domain.Sources;

namespace Timeline.Auditing.Verification;

/// <summary>Finds every source (an object with a <c>text</c> and its <c>sha256</c>) in an event's payload and checks it; a payload that is not JSON has none (the leaf comparison reports it).</summary>
internal static class SourceChecksums
{
    /// <summary>How many sources the parsed payload holds, and the first whose text does not match its hash.</summary>
    public static (int Checked, string? Mismatch) Check(JsonElement payload)
    {
        var count = 0;
        var mismatch = Visit(payload, ref count);
        return (count, mismatch);
    }

    private static string? Visit(JsonElement element, ref int count)
    {
        string? mismatch = null;
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("text"u8, out var text) && text.ValueKind == JsonValueKind.String
                && element.TryGetProperty("sha256"u8, out var sha) && sha.ValueKind == JsonValueKind.String)
            {
                count++;
                if (!Matches(text, sha))
                    mismatch = $"the source text hashes to {Source.HashOf(text.GetString()!)}, but its recorded SHA-256 is {sha.GetString()}";
            }
            foreach (var member in element.EnumerateObject())
                mismatch ??= Visit(member.Value, ref count);
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                mismatch ??= Visit(item, ref count);
        }
        return mismatch;
    }

    /// <summary>
    /// What <see cref="Source.HashOf"/> compared as strings, on bytes: a text token without escapes is the UTF-8 the
    /// hash was taken over, so it is hashed as it stands; any other is decoded and encoded again first.
    /// </summary>
    private static bool Matches(JsonElement text, JsonElement sha)
    {
        // A string's raw value holds its quotes.
        var raw = JsonMarshal.GetRawUtf8Value(text)[1..^1];
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        if (raw.IndexOf((byte)'\\') < 0 && System.Text.Unicode.Utf8.IsValid(raw))
            SHA256.HashData(raw, hash);
        else
            SHA256.HashData(Encoding.UTF8.GetBytes(text.GetString()!), hash);
        Span<char> hex = stackalloc char[2 * SHA256.HashSizeInBytes];
        if (!Convert.TryToHexStringLower(hash, hex, out var written) || written != hex.Length)
            throw new InvalidOperationException("A SHA-256 did not fit its hex digits.");
        var recorded = JsonMarshal.GetRawUtf8Value(sha)[1..^1];
        return recorded.IndexOf((byte)'\\') < 0
            ? Ascii.EqualsIgnoreCase(recorded, hex)
            : hex.Equals(sha.GetString(), StringComparison.OrdinalIgnoreCase);
    }
}
