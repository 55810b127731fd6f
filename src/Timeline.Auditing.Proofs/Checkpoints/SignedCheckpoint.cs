using System.Security.Cryptography;
using System.Text;
using Timeline.Auditing.Proofs.Leaves;

namespace Timeline.Auditing.Proofs.Checkpoints;

/// <summary>
/// The log's signed statement "the tree of <see cref="Size"/> leaves has root <see cref="RootHash"/>" at
/// <see cref="IssuedAt"/>. The signature is ECDSA P-256 with SHA-256 over <see cref="SignedText"/>, DER-encoded
/// (RFC 3279) and given in base64.
/// </summary>
public sealed record SignedCheckpoint(long Size, string RootHash, DateTimeOffset IssuedAt, string KeyId, string Signature)
{
    public const string Header = "ouc-timeline-log checkpoint v1";

    /// <summary>Exactly the bytes that are signed: four lines, each ending in a line feed, UTF-8.</summary>
    public static byte[] SignedBytes(long size, string rootHash, DateTimeOffset issuedAt) =>
        Encoding.UTF8.GetBytes($"{Header}\nsize {size}\nroot {rootHash}\ntime {LogLeaf.FormatTime(issuedAt)}\n");

    public byte[] SignedText() => SignedBytes(Size, RootHash, IssuedAt);

    public static SignedCheckpoint Sign(long size, string rootHash, DateTimeOffset issuedAt, ECDsa key)
    {
        // Signed and published at millisecond precision, so that the text rebuilt from JSON is the text signed.
        var at = DateTimeOffset.FromUnixTimeMilliseconds(issuedAt.ToUnixTimeMilliseconds());
        var signature = key.SignData(SignedBytes(size, rootHash, at), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return new SignedCheckpoint(size, rootHash, at, LogKey.IdOf(key), Convert.ToBase64String(signature));
    }

    /// <summary>Whether <paramref name="key"/> made this signature over this checkpoint's text.</summary>
    public bool IsSignedBy(ECDsa key)
    {
        if (KeyId != LogKey.IdOf(key))
            return false;
        try
        {
            return key.VerifyData(SignedText(), Convert.FromBase64String(Signature), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
