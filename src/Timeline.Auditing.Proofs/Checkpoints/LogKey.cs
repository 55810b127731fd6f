using System.Security.Cryptography;

namespace Timeline.Auditing.Proofs.Checkpoints;

/// <summary>The log's public key as published: its id (SHA-256 of the DER SubjectPublicKeyInfo, hex) and its PEM.</summary>
public sealed record PublishedKey(string KeyId, string Algorithm, string PublicKeyPem)
{
    public const string EcdsaP256Sha256 = "ECDSA P-256 SHA-256";

    public static PublishedKey Of(ECDsa key) => new(LogKey.IdOf(key), EcdsaP256Sha256, key.ExportSubjectPublicKeyInfoPem());

    public ECDsa Import() => LogKey.FromPem(PublicKeyPem);
}

public static class LogKey
{
    public static string IdOf(ECDsa key) => Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));

    /// <summary>A P-256 key from PEM (public or private); anything else is refused, since checkpoints are P-256 only.</summary>
    public static ECDsa FromPem(string pem)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            if (key.KeySize != 256)
                throw new CryptographicException($"The key is {key.KeySize} bits; the log signs with P-256.");
            return key;
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }
}
