namespace Timeline.Auditing.Verification;

/// <summary>What <c>verify</c> can find wrong, as named in its report.</summary>
public static class BreakKinds
{
    /// <summary>An event's bytes no longer hash to the leaf the tree recorded for it.</summary>
    public const string MismatchedLeaf = "mismatched-leaf";

    /// <summary>An event the tree holds is gone from the store (or the store holds fewer events than a checkpoint covers).</summary>
    public const string MissingEvent = "missing-event";

    /// <summary>The store holds the tree's events in another order.</summary>
    public const string Reordered = "reordered";

    /// <summary>The store holds an event the tree never saw, in the middle of the log.</summary>
    public const string UnexpectedEvent = "unexpected-event";

    /// <summary>A checkpoint's root is not the root recomputed from the store at its size.</summary>
    public const string CheckpointRoot = "checkpoint-root-mismatch";

    /// <summary>A checkpoint's signature does not verify under the log's key.</summary>
    public const string BadSignature = "bad-signature";

    /// <summary>A source's text no longer hashes to the SHA-256 recorded with it.</summary>
    public const string SourceChecksum = "source-checksum";
}

/// <summary>One thing found wrong: where (leaf index and store position, or the checkpoint's size) and what.</summary>
public sealed record LogBreak(string Kind, long? LeafIndex, long? Position, Guid? EventId, long? CheckpointSize, string Detail)
{
    /// <summary>Where in the log it is: a checkpoint's break sits at its last leaf.</summary>
    public long At => LeafIndex ?? (CheckpointSize ?? 0) - 1;
}

/// <summary>The outcome of recomputing the tree from the store and checking it against every signed checkpoint.</summary>
public sealed record VerifyReport(
    bool Ok,
    long Events,
    long TreeLeaves,
    int Checkpoints,
    long SourcesChecked,
    LogBreak? FirstBreak,
    IReadOnlyList<LogBreak> Breaks,
    double Seconds);
