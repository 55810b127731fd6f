using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Timeline.Domain.Sources;

namespace Timeline.Domain.Records;

/// <summary>
/// Deterministic identities: a record's id comes from its source, an event's id from what it says and where,
/// so recording the same announcement twice produces the same ids and nothing new.
/// </summary>
public static partial class RecordIds
{
    public static string StreamOf(string recordId) => $"record-{recordId}";

    public static string FromSource(Source source)
    {
        var key = (source.DocumentId, source.Url, source.ParagraphIndex) switch
        {
            ({ } doc, _, { } index) => $"doc|{doc}|{index}",
            (null, { } url, { } index) => $"url|{url}|{index}",
            _ => $"sha|{source.Sha256}",
        };
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24];
    }

    public static bool IsValid(string? recordId) => recordId is not null && Pattern().IsMatch(recordId);

    /// <summary>A name-based UUID (RFC 9562 version 8 layout) from the stream, revision and serialised event.</summary>
    public static Guid EventId(string stream, long revision, ReadOnlySpan<byte> payload)
    {
        var prefix = Encoding.UTF8.GetBytes($"{stream}|{revision}|");
        var buffer = new byte[prefix.Length + payload.Length];
        prefix.CopyTo(buffer, 0);
        payload.CopyTo(buffer.AsSpan(prefix.Length));
        Span<byte> bytes = stackalloc byte[16];
        SHA256.HashData(buffer).AsSpan(0, 16).CopyTo(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    // \z, not $: $ also matches before a final newline, which would let "id\n" through.
    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,63}\z")]
    private static partial Regex Pattern();
}
