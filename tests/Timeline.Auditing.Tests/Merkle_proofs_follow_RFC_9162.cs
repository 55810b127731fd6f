using System.Text;
using Timeline.Auditing.Proofs.Merkle;

namespace Timeline.Auditing.Tests;

/// <summary>Roots, audit paths and consistency proofs, checked against the tree built straight from its definition.</summary>
public class Merkle_proofs_follow_RFC_9162
{
    private static List<byte[]> Leaves(int count) =>
        Enumerable.Range(0, count).Select(i => TreeHash.Leaf(Encoding.UTF8.GetBytes($"event {i}"))).ToList();

    private static Func<long, long, byte[]> RangeOf(List<byte[]> leaves) =>
        (start, end) => SubtreeHashes.Of(leaves.Skip((int)start).Take((int)(end - start)).ToList());

    [Fact]
    public void Leaves_and_nodes_hash_with_different_prefixes()
    {
        Assert.Equal("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d", TreeHash.ToHex(TreeHash.Leaf([])));
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", TreeHash.ToHex(TreeHash.Empty));
    }

    [Fact]
    public void The_root_kept_at_the_right_edge_equals_the_root_by_definition_at_every_size()
    {
        var leaves = Leaves(70);
        var range = new CompactRange();
        var completed = new Dictionary<(int, long), byte[]>();
        foreach (var leaf in leaves)
        {
            range.Append(leaf, subtree => completed[(subtree.Level, subtree.Start)] = subtree.Hash);
            var size = (int)range.Size;
            Assert.Equal(SubtreeHashes.Of(leaves.Take(size).ToList()), range.Root());
            Assert.Equal(range.Root(), SubtreeHashes.Of(0, size, (start, level) => level == 0 ? leaves[(int)start] : completed[(level, start)]));
        }
    }

    [Fact]
    public void Every_leaf_s_audit_path_verifies_in_every_tree_that_holds_it_and_fails_for_another_leaf()
    {
        var leaves = Leaves(33);
        for (var size = 1; size <= leaves.Count; size++)
        {
            var root = SubtreeHashes.Of(leaves.Take(size).ToList());
            for (var index = 0; index < size; index++)
            {
                var path = InclusionProof.Build(index, size, RangeOf(leaves));
                Assert.True(InclusionProof.Verify(index, size, leaves[index], path, root), $"leaf {index} of {size}");
                Assert.False(InclusionProof.Verify(index, size, leaves[(index + 1) % leaves.Count], path, root), $"wrong leaf at {index} of {size}");
                if (size > 1)
                    Assert.False(InclusionProof.Verify((index + 1) % size, size, leaves[index], path, root), $"wrong index for {index} of {size}");
            }
        }
    }

    [Fact]
    public void Every_smaller_tree_is_proven_a_prefix_of_every_larger_one_and_a_changed_leaf_breaks_the_proof()
    {
        var leaves = Leaves(33);
        var changed = leaves.ToList();
        for (var second = 1; second <= leaves.Count; second++)
        {
            var secondRoot = SubtreeHashes.Of(leaves.Take(second).ToList());
            for (var first = 1; first <= second; first++)
            {
                var firstRoot = SubtreeHashes.Of(leaves.Take(first).ToList());
                var proof = ConsistencyProof.Build(first, second, RangeOf(leaves));
                Assert.True(ConsistencyProof.Verify(first, second, firstRoot, secondRoot, proof), $"{first} -> {second}");
                changed[first - 1] = TreeHash.Leaf("forged"u8);
                var forgedRoot = SubtreeHashes.Of(changed.Take(first).ToList());
                Assert.False(first < second && ConsistencyProof.Verify(first, second, forgedRoot, secondRoot, proof), $"forged {first} -> {second}");
                changed[first - 1] = leaves[first - 1];
            }
        }
    }

    [Fact]
    public void Proofs_outside_the_tree_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => InclusionProof.Build(5, 5, RangeOf(Leaves(5))));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConsistencyProof.Build(6, 5, RangeOf(Leaves(6))));
        Assert.False(InclusionProof.Verify(5, 5, Leaves(1)[0], [], TreeHash.Empty));
    }
}
