using Microsoft.AspNetCore.Http.HttpResults;
using MediatR;
using Microsoft.Extensions.Options;
using Timeline.Api.Http;
using Timeline.Api.Validation;
using Timeline.Projections.Records;

namespace Timeline.Api.Imports;

public static class ImportsEndpoints
{
    public static IEndpointRouteBuilder MapImportsEndpoints(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/imports").WithTags("Imports");
        imports.MapPost("/", ImportAsync).RequireApiKey().RefusesBadBodies()
            .Accepts<ImportDocument>("application/json", "text/plain")
            .Produces<ImportReport>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status200OK, contentType: ImportReportLines.ContentType)
            .WithSummary("Import announcements: a JSON document {documentId, url, publishedOn, text}, or plain text with those as query parameters. "
                + "?dryRun=true records nothing. With Accept: application/x-ndjson or ?format=jsonl the report comes as JSON Lines, one paragraph a line.");
        imports.MapGet("/review", ReviewListAsync)
            .WithSummary("Records an import was unsure of, with why, for a person to check; a record leaves the list once reviewed.");
        return app;
    }

    private static async Task<Ok<List<ReviewItem>>> ReviewListAsync(ReviewList review, ReviewedRecords reviewed, CancellationToken cancellationToken)
    {
        var flagged = review.List();
        var done = await reviewed.AmongAsync(flagged.Select(item => item.RecordId).ToList(), cancellationToken);
        return TypedResults.Ok(flagged.Where(item => !done.Contains(item.RecordId)).ToList());
    }

    /// <remarks>The cancellation token is the request's own: a client that goes away stops the import.</remarks>
    private static async Task<IResult> ImportAsync(HttpContext context, JsonBody body, IMediator mediator, IOptions<ApiOptions> options,
        string? dryRun, string? documentId, string? url, string? publishedOn, string? format, CancellationToken cancellationToken)
    {
        var dryRunFlag = QueryValues.Boolean(dryRun, "dryRun");
        var asLines = ImportReportLines.Wanted(context.Request, format);
        var limit = options.Value.MaxImportBytes;
        var document = context.Request.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true
            ? new ImportDocument(documentId, url, publishedOn, await body.ReadTextAsync(context.Request, limit, cancellationToken))
            : await body.ReadAsync<ImportDocument>(context.Request, cancellationToken, limit);
        var caller = Callers.Of(context);
        var batch = caller with { ImportBatch = $"import-{caller.CausationId:N}" };
        var report = await mediator.Send(new ImportAnnouncementsCommand(document, dryRunFlag, batch), cancellationToken);
        return asLines ? new ImportReportLines(report) : TypedResults.Ok(report);
    }
}
