using System.Security.Cryptography;
using System.Text;

namespace Timeline.Domain.Sources;

/// <summary>
/// Where a record comes from: the announcement's document id or URL, the paragraph's index, the paragraph
/// text, its SHA-256 (lower-case hex) and the day the announcement was published when known. The text may be
/// absent when only its hash is kept; the hash never is.
/// </summary>
public sealed record Source(
    string? DocumentId,
    string? Url,
    int? ParagraphIndex,
    string? Text,
    string Sha256,
    DateOnly? PublishedOn)
{
    public static string HashOf(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
