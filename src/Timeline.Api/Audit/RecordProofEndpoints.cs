using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Auditing.Checkpoints;
using Timeline.Auditing.Proofs.Bundles;
using Timeline.Auditing.Proofs.Merkle;
using Timeline.Auditing.Tree;
using Timeline.Domain.Records;
using Timeline.EventStore;

namespace Timeline.Api.Audit;

/// <summary>What an auditor takes away about one record: its proof bundle, and its provenance in PROV-JSON.</summary>
public static class RecordProofEndpoints
{
    public static IEndpointRouteBuilder MapRecordProofEndpoints(this IEndpointRouteBuilder app)
    {
        var records = app.MapGroup("/api/records").WithTags("Records");
        records.MapGet("/{recordId}/proof", ProofAsync).WithSummary(
            "One JSON file: the record's events as leaves, each with its inclusion proof in the latest signed checkpoint, that checkpoint and the public key.");
        records.MapGet("/{recordId}/prov", ProvenanceAsync).WithSummary(
            "The record's provenance in W3C PROV-JSON: source, versions, recording and corrections, recorders and import batches.");
        return app;
    }

    private static async Task<Results<Ok<ProofBundle>, ProblemHttpResult>> ProofAsync(string recordId, IEventStore store, MerkleTreeStore tree,
        CheckpointStore checkpoints, SigningKey key, CancellationToken cancellationToken)
    {
        if (await ReadAsync(store, recordId, cancellationToken) is not { Count: > 0 } events)
            return LogProofEndpoints.NotFound($"Record '{recordId}' does not exist.");
        var checkpoint = checkpoints.Latest();
        using var reader = tree.OpenReader();
        var bundled = events.Select(e =>
        {
            // The leaf is recomputed from the store as it is now: if the event was changed, its proof will not hold.
            var leaf = StoredLeaves.Of(e);
            var inTree = reader.LeafOf(e);
            var covered = checkpoint is not null && inTree is not null && inTree.LeafIndex < checkpoint.Size;
            var proof = covered ? reader.Inclusion(inTree!.LeafIndex, checkpoint!.Size).Select(TreeHash.ToHex).ToList() : null;
            return new BundledEvent(inTree?.LeafIndex, JsonSerializer.SerializeToElement(leaf.ToDocument()), TreeHash.ToHex(leaf.Hash()), proof, !covered);
        }).ToList();
        return TypedResults.Ok(new ProofBundle(ProofBundle.CurrentFormat, recordId, checkpoint, key.Published, bundled));
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> ProvenanceAsync(string recordId, IEventStore store,
        CancellationToken cancellationToken)
    {
        if (await ReadAsync(store, recordId, cancellationToken) is not { Count: > 0 } events)
            return LogProofEndpoints.NotFound($"Record '{recordId}' does not exist.");
        return TypedResults.Ok(RecordProvenance.Of(recordId, events));
    }

    private static async Task<List<StoredEvent>?> ReadAsync(IEventStore store, string recordId, CancellationToken cancellationToken)
    {
        if (!RecordIds.IsValid(recordId))
            return null;
        var events = new List<StoredEvent>();
        await foreach (var e in store.ReadStreamAsync(RecordIds.StreamOf(recordId), cancellationToken: cancellationToken))
            events.Add(e);
        return events;
    }
}
