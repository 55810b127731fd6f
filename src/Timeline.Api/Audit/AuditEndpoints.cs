namespace Timeline.Api.Audit;

public static class AuditEndpoints
{
    /// <summary>The verifiable log: key, checkpoints, proofs, entries, verify, and each record's proof bundle and provenance.</summary>
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app) => app
        .MapLogCheckpointEndpoints()
        .MapLogProofEndpoints()
        .MapLogEntryEndpoints()
        .MapLogVerifyEndpoints()
        .MapRecordProofEndpoints();
}
