namespace Timeline.Auditing.Proofs.Merkle;

/// <summary>A complete subtree: leaves [Start, Start + 2^Level) and their hash.</summary>
public readonly record struct Subtree(int Level, long Start, byte[] Hash);

/// <summary>
/// The right edge of a growing tree: one complete subtree per set bit of its size, largest first. Appending a
/// leaf merges equal neighbours like a binary counter, so the root of every prefix costs O(log n) in memory.
/// </summary>
public sealed class CompactRange
{
    private readonly List<Subtree> _edge = [];

    public CompactRange(long size = 0, IEnumerable<Subtree>? edge = null)
    {
        Size = size;
        if (edge is not null)
            _edge.AddRange(edge);
    }

    public long Size { get; private set; }

    public IReadOnlyList<Subtree> Edge => _edge;

    /// <summary>Adds a leaf; <paramref name="completed"/> hears of every subtree of two or more leaves it completes.</summary>
    public void Append(byte[] leafHash, Action<Subtree>? completed = null)
    {
        var node = new Subtree(0, Size, leafHash);
        while (_edge.Count > 0 && _edge[^1].Level == node.Level)
        {
            var left = _edge[^1];
            _edge.RemoveAt(_edge.Count - 1);
            node = new Subtree(node.Level + 1, left.Start, TreeHash.Node(left.Hash, node.Hash));
            completed?.Invoke(node);
        }
        _edge.Add(node);
        Size++;
    }

    /// <summary>RFC 9162's root: the subtrees folded from the right, since each split puts the largest power of two left.</summary>
    public byte[] Root()
    {
        if (_edge.Count == 0)
            return TreeHash.Empty;
        var root = _edge[^1].Hash;
        for (var i = _edge.Count - 2; i >= 0; i--)
            root = TreeHash.Node(_edge[i].Hash, root);
        return root;
    }

    /// <summary>The starts and levels of the right edge of a tree of <paramref name="size"/> leaves.</summary>
    public static IEnumerable<(long Start, int Level)> EdgeOf(long size)
    {
        var start = 0L;
        for (var level = 62; level >= 0; level--)
        {
            if ((size & (1L << level)) == 0)
                continue;
            yield return (start, level);
            start += 1L << level;
        }
    }
}
