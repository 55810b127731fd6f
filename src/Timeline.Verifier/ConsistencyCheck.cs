using System.Security.Cryptography;
using Timeline.Auditing.Proofs.Bundles;
using Timeline.Auditing.Proofs.Checkpoints;
using Timeline.Auditing.Proofs.Merkle;

namespace Timeline.Verifier;

/// <summary>Two signed checkpoints and a proof that the newer tree begins with the older one.</summary>
internal static class ConsistencyCheck
{
    public static int Run(SignedCheckpoint older, SignedCheckpoint newer, ConsistencyDocument proof, ECDsa key, TextWriter output)
    {
        foreach (var checkpoint in new[] { older, newer })
        {
            if (!checkpoint.IsSignedBy(key))
                return BundleCheck.Fail(output, $"the checkpoint of size {checkpoint.Size} is not signed by key {LogKey.IdOf(key)}");
        }
        if (proof.FromSize != older.Size || proof.ToSize != newer.Size || proof.FromRoot != older.RootHash || proof.ToRoot != newer.RootHash)
            return BundleCheck.Fail(output, $"the proof is between sizes {proof.FromSize} and {proof.ToSize}, not between these checkpoints ({older.Size} and {newer.Size})");
        var path = proof.Proof.Select(TreeHash.FromHex).ToList();
        if (!ConsistencyProof.Verify(older.Size, newer.Size, TreeHash.FromHex(older.RootHash), TreeHash.FromHex(newer.RootHash), path))
            return BundleCheck.Fail(output, $"the tree of {newer.Size} does not extend the tree of {older.Size}: the proof does not hold");
        output.WriteLine($"VERIFIED: the signed tree of {newer.Size} leaves extends the signed tree of {older.Size} ({path.Count} hashes)");
        return VerifierCommand.Verified;
    }
}
