namespace Timeline.Auditing.Proofs.Merkle;

/// <summary>RFC 9162 consistency proofs: that the tree of n leaves begins with the tree of m leaves.</summary>
public static class ConsistencyProof
{
    /// <param name="range">The hash of leaves [start, end).</param>
    public static List<byte[]> Build(long first, long second, Func<long, long, byte[]> range)
    {
        if (first <= 0 || first > second)
            throw new ArgumentOutOfRangeException(nameof(first), $"A consistency proof goes from 1..{second} leaves, not from {first}.");
        var proof = new List<byte[]>();
        Collect(first, 0, second, startsWholeTree: true, range, proof);
        return proof;
    }

    private static void Collect(long first, long start, long end, bool startsWholeTree, Func<long, long, byte[]> range, List<byte[]> proof)
    {
        var count = end - start;
        if (first == count)
        {
            // The verifier already holds the old root; any other complete old subtree must be given.
            if (!startsWholeTree)
                proof.Add(range(start, end));
            return;
        }
        var split = TreeHash.SplitOf(count);
        if (first <= split)
        {
            Collect(first, start, start + split, startsWholeTree, range, proof);
            proof.Add(range(start + split, end));
        }
        else
        {
            Collect(first - split, start + split, end, startsWholeTree: false, range, proof);
            proof.Add(range(start, start + split));
        }
    }

    public static bool Verify(long first, long second, byte[] firstRoot, byte[] secondRoot, IReadOnlyList<byte[]> proof)
    {
        if (first <= 0 || first > second)
            return false;
        if (first == second)
            return proof.Count == 0 && firstRoot.AsSpan().SequenceEqual(secondRoot);
        if (proof.Count == 0)
            return false;
        var path = (first & (first - 1)) == 0 ? [firstRoot, .. proof] : proof.ToList();
        long fn = first - 1, sn = second - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path[0], sr = path[0];
        foreach (var c in path.Skip(1))
        {
            if (sn == 0)
                return false;
            if ((fn & 1) == 1 || fn == sn)
            {
                fr = TreeHash.Node(c, fr);
                sr = TreeHash.Node(c, sr);
                TreeHash.ClimbRightEdge(ref fn, ref sn);
            }
            else
            {
                sr = TreeHash.Node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && fr.AsSpan().SequenceEqual(firstRoot) && sr.AsSpan().SequenceEqual(secondRoot);
    }
}
