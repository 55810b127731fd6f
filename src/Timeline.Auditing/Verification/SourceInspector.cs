using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Timeline.Auditing.Proofs.Canonical;
using Timeline.Auditing.Proofs.Leaves;

namespace Timeline.Auditing.Verification;

/// <summary>
/// The sources of one payload while its leaf is hashed: each object the plain way reads is checked as it is written, and
/// a payload that goes the general way is checked through <see cref="SourceChecksums"/>. A source that does not match
/// sends the payload the general way, so the mismatch reported is the one that way finds first, in its words.
/// </summary>
internal sealed class SourceInspector : IPayloadInspector
{
    public int Checked { get; private set; }

    public string? Mismatch { get; private set; }

    public void Start() => (Checked, Mismatch) = (0, null);

    public void Parsed(JsonElement payload) => (Checked, Mismatch) = SourceChecksums.Check(payload);

    public bool Check(PlainObject members)
    {
        if (!members.TryGetString("text"u8, out var text) || !members.TryGetString("sha256"u8, out var recorded))
            return true;
        Checked++;
        return Matches(text, recorded);
    }

    /// <summary>As <see cref="SourceChecksums"/> compares them: the text's UTF-8 hashed, against the recorded hex in either case.</summary>
    private static bool Matches(ReadOnlySpan<byte> text, ReadOnlySpan<byte> recorded)
    {
        // A recorded hash with an escape holds something no hex digit is: no match, and the general way says which.
        if (recorded.Length != 2 * SHA256.HashSizeInBytes || recorded.IndexOf((byte)'\\') >= 0)
            return false;
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        if (text.IndexOf((byte)'\\') < 0)
            SHA256.HashData(text, hash);
        else
        {
            var decoded = ArrayPool<byte>.Shared.Rent(text.Length);
            SHA256.HashData(decoded.AsSpan(0, PlainObject.Unescape(text, decoded)), hash);
            ArrayPool<byte>.Shared.Return(decoded);
        }
        Span<byte> hex = stackalloc byte[2 * SHA256.HashSizeInBytes];
        Convert.TryToHexStringLower(hash, hex, out _);
        return Ascii.EqualsIgnoreCase(recorded, hex);
    }
}
