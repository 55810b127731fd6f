using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Api.Validation;
using Timeline.Auditing.Checkpoints;
using Timeline.Auditing.Proofs.Bundles;
using Timeline.Auditing.Proofs.Merkle;
using Timeline.Auditing.Tree;
using Timeline.Domain.Records;
using Timeline.EventStore;

namespace Timeline.Api.Audit;

/// <summary>RFC 9162 proofs over the log's tree: an event's inclusion in a tree size, and one size's consistency with another.</summary>
public static class LogProofEndpoints
{
    public static IEndpointRouteBuilder MapLogProofEndpoints(this IEndpointRouteBuilder app)
    {
        var proofs = app.MapGroup("/api/log/proofs").WithTags("Log");
        proofs.MapGet("/inclusion", InclusionAsync).WithSummary(
            "The audit path of one leaf (index=N, or recordId and revision) in the tree of size leaves (default: the latest checkpoint's).");
        proofs.MapGet("/consistency", Consistency).WithSummary(
            "That the tree of from leaves is a prefix of the tree of to leaves (default: the latest checkpoint's size).");
        return app;
    }

    private static async Task<Results<Ok<InclusionDocument>, ProblemHttpResult>> InclusionAsync(string? index, string? recordId, string? revision,
        string? size, MerkleTreeStore tree, CheckpointStore checkpoints, IEventStore store, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var leafIndex = LogQuery.Number(index, "index", errors);
        var eventRevision = LogQuery.Number(revision, "revision", errors);
        if (leafIndex is null == recordId is null && errors.IsEmpty)
            errors.Add("index", "give either a leaf index, or a recordId with its revision");
        if (recordId is not null && eventRevision is null && errors.IsEmpty)
            errors.Add("revision", "is required with recordId");
        using var reader = tree.OpenReader();
        var treeSize = LogQuery.TreeSize(LogQuery.Number(size, "size", errors, min: 1), "size", reader, checkpoints, errors);
        errors.ThrowIfAny();

        var (leaf, e) = recordId is null ? await ByIndexAsync(reader, store, leafIndex!.Value, cancellationToken)
            : RecordIds.IsValid(recordId) ? await ByRevisionAsync(reader, store, RecordIds.StreamOf(recordId), eventRevision!.Value, cancellationToken)
            : (null, null);
        if (leaf is null)
            return NotFound(recordId is null ? $"The tree has no leaf {leafIndex}." : $"Record '{recordId}' has no event at revision {eventRevision} in the tree.");
        if (leaf.LeafIndex >= treeSize)
            throw RequestValidationException.For("size", $"leaf {leaf.LeafIndex} is not in a tree of {treeSize} leaves: ask for a size above {leaf.LeafIndex}");
        var proof = reader.Inclusion(leaf.LeafIndex, treeSize).Select(TreeHash.ToHex).ToList();
        return TypedResults.Ok(new InclusionDocument(leaf.LeafIndex, treeSize, TreeHash.ToHex(leaf.Hash), TreeHash.ToHex(reader.Root(treeSize)),
            proof, leaf.EventId, e?.Stream, e?.Revision));
    }

    /// <summary>The leaf at an index, with its event if the store still holds it at the leaf's position.</summary>
    private static async Task<(LeafRow?, StoredEvent?)> ByIndexAsync(TreeReader reader, IEventStore store, long index, CancellationToken cancellationToken) =>
        reader.LeafAt(index) is { } leaf ? (leaf, await LeafEntries.EventOfAsync(store, leaf, cancellationToken)) : (null, null);

    /// <summary>A stream's event at a revision, from the store, and the tree's leaf at its position when that leaf is of the same event.</summary>
    private static async Task<(LeafRow?, StoredEvent?)> ByRevisionAsync(TreeReader reader, IEventStore store, string stream, long revision,
        CancellationToken cancellationToken)
    {
        await foreach (var e in store.ReadStreamAsync(stream, fromRevision: revision, maxCount: 1, cancellationToken: cancellationToken))
            return e.Revision == revision && reader.LeafOf(e) is { } leaf ? (leaf, e) : (null, null);
        return (null, null);
    }

    private static Ok<ConsistencyDocument> Consistency(string? from, string? to, MerkleTreeStore tree, CheckpointStore checkpoints)
    {
        var errors = new ValidationErrors();
        var first = LogQuery.Number(from, "from", errors, min: 1);
        if (first is null && errors.IsEmpty)
            errors.Add("from", "is required: the size of the older tree");
        using var reader = tree.OpenReader();
        var second = LogQuery.TreeSize(LogQuery.Number(to, "to", errors, min: 1), "to", reader, checkpoints, errors);
        if (first > second && errors.IsEmpty)
            errors.Add("from", $"is {first}, larger than to ({second}): a tree can only extend a smaller one");
        errors.ThrowIfAny();
        var proof = reader.Consistency(first!.Value, second).Select(TreeHash.ToHex).ToList();
        return TypedResults.Ok(new ConsistencyDocument(first.Value, second, TreeHash.ToHex(reader.Root(first.Value)),
            TreeHash.ToHex(reader.Root(second)), proof));
    }

    internal static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: detail);
}
