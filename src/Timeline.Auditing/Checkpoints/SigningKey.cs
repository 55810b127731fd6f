using System.Security.Cryptography;
using Timeline.Auditing.Proofs.Checkpoints;

namespace Timeline.Auditing.Checkpoints;

/// <summary>
/// The log's P-256 signing key: given in configuration, or read from its PEM file, or made on the first start
/// and written there readable by the owner alone. Losing it means new checkpoints under a new key id.
/// </summary>
public sealed class SigningKey : IDisposable
{
    private readonly ECDsa _key;

    public SigningKey(AuditingOptions options, string defaultPath)
    {
        if (options.SigningKeyPem is { Length: > 0 } pem)
        {
            _key = LogKey.FromPem(pem);
        }
        else
        {
            var path = options.SigningKeyPath is { Length: > 0 } given ? given : defaultPath;
            _key = File.Exists(path) ? LogKey.FromPem(File.ReadAllText(path)) : Create(path);
        }
        Published = PublishedKey.Of(_key);
    }

    public PublishedKey Published { get; }

    public string KeyId => Published.KeyId;

    public SignedCheckpoint Sign(long size, string rootHash, DateTimeOffset at) => SignedCheckpoint.Sign(size, rootHash, at, _key);

    private static ECDsa Create(string path)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var file = new StreamWriter(path, options))
            file.Write(key.ExportPkcs8PrivateKeyPem());
        return key;
    }

    public void Dispose() => _key.Dispose();
}
