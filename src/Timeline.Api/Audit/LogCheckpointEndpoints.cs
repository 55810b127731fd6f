using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Api.Http;
using Timeline.Api.Security;
using Timeline.Api.Validation;
using Timeline.Auditing.Checkpoints;
using Timeline.Auditing.Proofs.Checkpoints;
using Timeline.Auditing.Tree;
using Timeline.EventStore;

namespace Timeline.Api.Audit;

/// <summary>The log's public key and its signed checkpoints: the latest, the one in force at a moment, one made now.</summary>
public static class LogCheckpointEndpoints
{
    private static readonly TimeSpan CatchUpLimit = TimeSpan.FromSeconds(10);

    public static IEndpointRouteBuilder MapLogCheckpointEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/.well-known/timeline-log-key", (SigningKey key) => TypedResults.Ok(key.Published))
            .WithTags("Log").WithSummary("The key checkpoints are signed with: its id (SHA-256 of the SubjectPublicKeyInfo), algorithm and PEM.");
        app.MapGet("/.well-known/timeline-log-key.pem", (SigningKey key) => TypedResults.Text(key.Published.PublicKeyPem, "application/x-pem-file"))
            .WithTags("Log").WithSummary("The same public key as a PEM file, for an auditor to pin.");
        var log = app.MapGroup("/api/log/checkpoints").WithTags("Log");
        log.MapGet("/latest", Results<Ok<SignedCheckpoint>, ProblemHttpResult> (CheckpointStore checkpoints) =>
                checkpoints.Latest() is { } latest ? TypedResults.Ok(latest) : NoCheckpoint("No checkpoint has been signed yet."))
            .WithSummary("The latest signed checkpoint: tree size, root hash, time, key id and signature.");
        log.MapGet("/", Results<Ok<SignedCheckpoint>, ProblemHttpResult> (string? at, CheckpointStore checkpoints) =>
            {
                var errors = new ValidationErrors();
                var moment = LogQuery.Moment(at, "at", errors);
                if (moment is null && errors.IsEmpty)
                    errors.Add("at", "is required: the moment whose checkpoint you want (ISO 8601 date and time)");
                errors.ThrowIfAny();
                return checkpoints.At(moment!.Value) is { } inForce ? TypedResults.Ok(inForce) : NoCheckpoint($"No checkpoint had been signed by {moment:O}.");
            })
            .WithSummary("The checkpoint in force at a moment (at=ISO 8601 date and time): the last one signed by then.");
        log.MapPost("/", SignAsync).RequireApiKey()
            .WithSummary("Sign a checkpoint now, once the tree has caught up with the log (needs X-Api-Key).");
        return app;
    }

    private static async Task<Results<Created<SignedCheckpoint>, ProblemHttpResult>> SignAsync(IEventStore store, MerkleTreeStore tree,
        Checkpointer checkpointer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var head = await store.ReadHeadPositionAsync(cancellationToken);
        var deadline = clock.GetUtcNow() + CatchUpLimit;
        while (tree.Position < head)
        {
            if (clock.GetUtcNow() > deadline)
                return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The log's tree is behind.",
                    detail: $"The tree reached position {tree.Position} of {head} within {CatchUpLimit.TotalSeconds} s; try again shortly.");
            await Task.Delay(TimeSpan.FromMilliseconds(20), clock, cancellationToken);
        }
        var checkpoint = checkpointer.SignNow();
        return TypedResults.Created("/api/log/checkpoints/latest", checkpoint);
    }

    internal static ProblemHttpResult NoCheckpoint(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: detail);
}
