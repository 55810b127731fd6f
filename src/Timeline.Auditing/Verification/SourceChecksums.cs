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
            if (element.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
                && element.TryGetProperty("sha256", out var sha) && sha.ValueKind == JsonValueKind.String)
            {
                count++;
                var actual = Source.HashOf(text.GetString()!);
                if (!string.Equals(actual, sha.GetString(), StringComparison.OrdinalIgnoreCase))
                    mismatch = $"the source text hashes to {actual}, but its recorded SHA-256 is {sha.GetString()}";
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
}
