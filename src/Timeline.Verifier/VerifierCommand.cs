using System.Security.Cryptography;
using System.Text.Json;
using Timeline.Auditing.Proofs.Bundles;
using Timeline.Auditing.Proofs.Checkpoints;

namespace Timeline.Verifier;

/// <summary>
/// <c>bundle FILE [--key PEM]</c> or <c>consistency OLD NEW PROOF --key PEM</c>: checks what the log handed out
/// with nothing but the files. Exit 0 when everything checks, 1 when something does not, 2 on a usage error.
/// </summary>
public static class VerifierCommand
{
    public const int Verified = 0, Failed = 1, UsageError = 2;

    private const string Usage = """
        usage: Timeline.Verifier bundle BUNDLE.json [--key LOG-KEY.pem]
               Timeline.Verifier consistency OLD-CHECKPOINT.json NEW-CHECKPOINT.json PROOF.json --key LOG-KEY.pem
        """;

    public static int Run(string[] args, TextWriter output)
    {
        var keyAt = Array.IndexOf(args, "--key");
        var keyPath = keyAt >= 0 && keyAt + 1 < args.Length ? args[keyAt + 1] : null;
        var files = args.Where((_, i) => keyAt < 0 || (i != keyAt && i != keyAt + 1)).ToArray();
        if (keyAt >= 0 && keyPath is null)
            return Refuse(output, "--key needs the path of a PEM file");
        try
        {
            using var pinned = keyPath is null ? null : LogKey.FromPem(File.ReadAllText(keyPath));
            return files switch
            {
                ["bundle", var bundle] => BundleCheck.Run(Read<ProofBundle>(bundle), pinned, output),
                ["consistency", var older, var newer, var proof] when pinned is not null =>
                    ConsistencyCheck.Run(Read<SignedCheckpoint>(older), Read<SignedCheckpoint>(newer), Read<ConsistencyDocument>(proof), pinned, output),
                ["consistency", ..] => Refuse(output, "a consistency check needs the log's public key (--key)"),
                _ => Refuse(output, Usage),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or CryptographicException or ArgumentException)
        {
            output.WriteLine($"FAILED: {e.Message}");
            return Failed;
        }
    }

    private static T Read<T>(string path) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(path), ProofJson.Options)
        ?? throw new JsonException($"{path} holds null, not a {typeof(T).Name}.");

    private static int Refuse(TextWriter output, string message)
    {
        output.WriteLine(message);
        return UsageError;
    }
}
