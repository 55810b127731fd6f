namespace Timeline.Auditing.Proofs.Merkle;

/// <summary>
/// The hash of the leaves [start, end) as RFC 9162's MTH defines it. Any range splits into O(log n) aligned
/// complete subtrees, which a store keeps ready-made, so a root or a proof costs a few lookups.
/// </summary>
public static class SubtreeHashes
{
    /// <param name="complete">The hash of an aligned complete subtree: leaves [start, start + 2^level).</param>
    public static byte[] Of(long start, long end, Func<long, int, byte[]> complete)
    {
        var count = end - start;
        if (count <= 0)
            return count == 0 ? TreeHash.Empty : throw new ArgumentOutOfRangeException(nameof(end), "A range ends after it starts.");
        if (IsAligned(start, count))
            return complete(start, Level(count));
        var split = TreeHash.SplitOf(count);
        return TreeHash.Node(Of(start, start + split, complete), Of(start + split, end, complete));
    }

    /// <summary>The root of leaf hashes held in memory, straight from the definition (for small trees and tests).</summary>
    public static byte[] Of(IReadOnlyList<byte[]> leafHashes) => OfRange(leafHashes, 0, leafHashes.Count);

    private static byte[] OfRange(IReadOnlyList<byte[]> leafHashes, int start, int end)
    {
        var count = end - start;
        if (count <= 1)
            return count == 0 ? TreeHash.Empty : leafHashes[start];
        var split = (int)TreeHash.SplitOf(count);
        return TreeHash.Node(OfRange(leafHashes, start, start + split), OfRange(leafHashes, start + split, end));
    }

    public static bool IsAligned(long start, long count) => (count & (count - 1)) == 0 && start % count == 0;

    public static int Level(long powerOfTwo) => 63 - (int)long.LeadingZeroCount(powerOfTwo);
}
