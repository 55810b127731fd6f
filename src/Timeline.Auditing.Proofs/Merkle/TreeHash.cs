using System.Security.Cryptography;

namespace Timeline.Auditing.Proofs.Merkle;

/// <summary>
/// The hashes of RFC 9162's Merkle tree: distinct one-byte prefixes for leaves and inner nodes, so a leaf can
/// never be passed off as a node (or the other way round).
/// </summary>
public static class TreeHash
{
    public const int Size = 32;
    internal const byte LeafPrefix = 0x00;
    private const byte NodePrefix = 0x01;

    /// <summary>The root of the empty tree: the hash of nothing.</summary>
    public static byte[] Empty { get; } = SHA256.HashData(ReadOnlySpan<byte>.Empty);

    public static byte[] Leaf(ReadOnlySpan<byte> leaf)
    {
        var buffer = new byte[leaf.Length + 1];
        buffer[0] = LeafPrefix;
        leaf.CopyTo(buffer.AsSpan(1));
        return SHA256.HashData(buffer);
    }

    public static byte[] Node(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> buffer = stackalloc byte[1 + 2 * Size];
        buffer[0] = NodePrefix;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + Size)..]);
        return SHA256.HashData(buffer);
    }

    /// <summary>Where a tree of <paramref name="n"/> leaves (n &gt; 1) splits: the largest power of two below n.</summary>
    public static long SplitOf(long n) => n > 1
        ? 1L << (63 - (int)long.LeadingZeroCount(n - 1))
        : throw new ArgumentOutOfRangeException(nameof(n), "Only a tree of two or more leaves splits.");

    /// <summary>
    /// Both proof checks climb RFC 9162's node indices the same way: from a right edge, where a node has no
    /// sibling at its level, they skip up until the node is a right child again (or the root is reached).
    /// </summary>
    public static void ClimbRightEdge(ref long fn, ref long sn)
    {
        while ((fn & 1) == 0 && fn != 0)
        {
            fn >>= 1;
            sn >>= 1;
        }
    }

    public static string ToHex(byte[] hash) => Convert.ToHexStringLower(hash);

    public static byte[] FromHex(string hex) =>
        hex.Length == 2 * Size ? Convert.FromHexString(hex) : throw new FormatException($"A hash is {2 * Size} hex digits, not {hex.Length}.");
}
