using System.Text.Json;
using Timeline.Auditing.Proofs.Checkpoints;

namespace Timeline.Auditing.Proofs.Bundles;

/// <summary>
/// A record's proof bundle: each of its events as a leaf document, with its inclusion proof in
/// <see cref="Checkpoint"/> (the latest signed checkpoint), and the key that signed it. Events the checkpoint
/// does not cover yet are <c>pending</c> and carry no proof.
/// </summary>
public sealed record ProofBundle(string Format, string RecordId, SignedCheckpoint? Checkpoint, PublishedKey Key, IReadOnlyList<BundledEvent> Events)
{
    public const string CurrentFormat = "ouc-timeline-proof-bundle/v1";
}

/// <summary>One event of a bundle: its leaf index (null while the tree has not reached it), leaf document, leaf hash (hex) and audit path (hex hashes).</summary>
public sealed record BundledEvent(long? LeafIndex, JsonElement Leaf, string LeafHash, IReadOnlyList<string>? InclusionProof, bool Pending);

/// <summary>That the tree of <see cref="FromSize"/> leaves is a prefix of the tree of <see cref="ToSize"/>.</summary>
public sealed record ConsistencyDocument(long FromSize, long ToSize, string FromRoot, string ToRoot, IReadOnlyList<string> Proof);

/// <summary>That leaf <see cref="LeafIndex"/> is in the tree of <see cref="TreeSize"/> leaves.</summary>
public sealed record InclusionDocument(long LeafIndex, long TreeSize, string LeafHash, string RootHash, IReadOnlyList<string> Proof,
    Guid EventId, string? Stream, long? Revision);

public static class ProofJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
