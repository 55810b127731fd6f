using System.Security.Cryptography;
using Timeline.Auditing.Proofs.Bundles;
using Timeline.Auditing.Proofs.Checkpoints;
using Timeline.Auditing.Proofs.Leaves;
using Timeline.Auditing.Proofs.Merkle;

namespace Timeline.Verifier;

/// <summary>
/// A record's bundle: the checkpoint's signature under the log's key (the pinned one when given), then for each
/// event the leaf hash recomputed from its document and its inclusion proof against the checkpoint's root.
/// </summary>
internal static class BundleCheck
{
    public static int Run(ProofBundle bundle, ECDsa? pinned, TextWriter output)
    {
        if (bundle.Format != ProofBundle.CurrentFormat)
            return Fail(output, $"the bundle's format is '{bundle.Format}', not {ProofBundle.CurrentFormat}");
        using var bundled = bundle.Key.Import();
        var key = pinned ?? bundled;
        if (pinned is not null && bundle.Key.KeyId != LogKey.IdOf(pinned))
            return Fail(output, $"the bundle names key {bundle.Key.KeyId}, not the pinned key {LogKey.IdOf(pinned)}");
        var checkpoint = bundle.Checkpoint;
        if (checkpoint is not null && !checkpoint.IsSignedBy(key))
            return Fail(output, $"the checkpoint (size {checkpoint.Size}) is not signed by key {LogKey.IdOf(key)}");
        if (checkpoint is not null)
            output.WriteLine($"checkpoint: size {checkpoint.Size}, root {checkpoint.RootHash}, issued {checkpoint.IssuedAt:O}, signature good (key {checkpoint.KeyId})");

        var pending = 0;
        foreach (var e in bundle.Events)
        {
            var hash = TreeHash.Leaf(LogLeaf.CanonicalBytesOf(System.Text.Json.Nodes.JsonNode.Parse(e.Leaf.GetRawText())!));
            var label = e.LeafIndex is null ? "event (no leaf yet)" : $"leaf {e.LeafIndex}";
            if (TreeHash.ToHex(hash) != e.LeafHash)
                return Fail(output, $"{label}: the event's bytes hash to {TreeHash.ToHex(hash)}, the bundle says {e.LeafHash}");
            if (e.Pending || checkpoint is null || e.LeafIndex is not { } index)
            {
                pending++;
                output.WriteLine($"{label}: leaf hash good; pending (newer than the checkpoint, no proof yet)");
                continue;
            }
            var path = (e.InclusionProof ?? []).Select(TreeHash.FromHex).ToList();
            if (!InclusionProof.Verify(index, checkpoint.Size, hash, path, TreeHash.FromHex(checkpoint.RootHash)))
                return Fail(output, $"{label}: the inclusion proof does not lead to the checkpoint's root");
            output.WriteLine($"{label}: leaf hash good; included in the tree of {checkpoint.Size} ({path.Count} hashes)");
        }
        output.WriteLine($"VERIFIED: record {bundle.RecordId}, {bundle.Events.Count - pending} of {bundle.Events.Count} events proven in the signed checkpoint"
            + (pending > 0 ? $", {pending} pending" : ""));
        return VerifierCommand.Verified;
    }

    internal static int Fail(TextWriter output, string reason)
    {
        output.WriteLine($"FAILED: {reason}");
        return VerifierCommand.Failed;
    }
}
