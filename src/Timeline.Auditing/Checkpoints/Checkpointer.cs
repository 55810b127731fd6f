using Timeline.Auditing.Proofs.Checkpoints;
using Timeline.Auditing.Proofs.Merkle;
using Timeline.Auditing.Tree;

namespace Timeline.Auditing.Checkpoints;

/// <summary>Signs the tree as it stands: on demand, or when it has grown enough since the last checkpoint.</summary>
public sealed class Checkpointer(MerkleTreeStore tree, CheckpointStore checkpoints, SigningKey key, TimeProvider clock)
{
    private readonly Lock _signing = new();
    private long? _lastSize;

    public SignedCheckpoint SignNow()
    {
        lock (_signing)
        {
            using var reader = tree.OpenReader();
            // The committed size, not the follower's in-memory one: the root must be of leaves already on disk.
            var size = reader.Size();
            var checkpoint = key.Sign(size, TreeHash.ToHex(reader.Root(size)), clock.GetUtcNow());
            checkpoints.Add(checkpoint);
            _lastSize = size;
            return checkpoint;
        }
    }

    /// <summary>Signs when the tree has at least <paramref name="growth"/> (and at least one) new leaves.</summary>
    public SignedCheckpoint? SignIfGrown(long growth)
    {
        lock (_signing)
        {
            var last = _lastSize ??= checkpoints.Latest()?.Size ?? 0;
            var grown = tree.Size - last;
            return grown > 0 && grown >= growth ? SignNow() : null;
        }
    }
}
