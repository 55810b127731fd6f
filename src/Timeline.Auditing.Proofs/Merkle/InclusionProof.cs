namespace Timeline.Auditing.Proofs.Merkle;

/// <summary>RFC 9162 inclusion proofs (audit paths): that leaf m is in a tree of n leaves with a given root.</summary>
public static class InclusionProof
{
    /// <summary>The audit path of leaf <paramref name="index"/> in the tree of the first <paramref name="size"/> leaves.</summary>
    /// <param name="range">The hash of leaves [start, end).</param>
    public static List<byte[]> Build(long index, long size, Func<long, long, byte[]> range)
    {
        if (index < 0 || index >= size)
            throw new ArgumentOutOfRangeException(nameof(index), $"Leaf {index} is not in a tree of {size} leaves.");
        var path = new List<byte[]>();
        Collect(index, 0, size, range, path);
        return path;
    }

    private static void Collect(long index, long start, long end, Func<long, long, byte[]> range, List<byte[]> path)
    {
        var count = end - start;
        if (count == 1)
            return;
        var split = TreeHash.SplitOf(count);
        // The deepest sibling comes first: the verifier climbs from the leaf to the root.
        if (index < split)
        {
            Collect(index, start, start + split, range, path);
            path.Add(range(start + split, end));
        }
        else
        {
            Collect(index - split, start + split, end, range, path);
            path.Add(range(start, start + split));
        }
    }

    /// <summary>Climbs from the leaf hash to a root along the path and compares it with <paramref name="root"/>.</summary>
    public static bool Verify(long index, long size, byte[] leafHash, IReadOnlyList<byte[]> path, byte[] root)
    {
        if (index < 0 || index >= size)
            return false;
        long fn = index, sn = size - 1;
        var r = leafHash;
        foreach (var sibling in path)
        {
            if (sn == 0)
                return false;
            if ((fn & 1) == 1 || fn == sn)
            {
                r = TreeHash.Node(sibling, r);
                TreeHash.ClimbRightEdge(ref fn, ref sn);
            }
            else
            {
                r = TreeHash.Node(r, sibling);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && r.AsSpan().SequenceEqual(root);
    }
}
