using MediatR;
using Microsoft.Extensions.Options;
using Timeline.Api.Http;
using Timeline.Api.Security;

namespace Timeline.Api.Imports;

public static class ImportsEndpoints
{
    public static IEndpointRouteBuilder MapImportsEndpoints(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/imports").WithTags("Imports");
        imports.MapPost("/", ImportAsync).AddEndpointFilter<ApiKeyFilter>()
            .Accepts<ImportDocument>("application/json", "text/plain")
            .Produces<ImportReport>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status200OK, contentType: ImportReportLines.ContentType)
            .WithSummary("Import announcements: a JSON document {documentId, url, publishedOn, text}, or plain text with those as query parameters. "
                + "?dryRun=true records nothing. With Accept: application/x-ndjson or ?format=jsonl the report comes as JSON Lines, one paragraph a line.");
        imports.MapGet("/review", (ReviewList review) => TypedResults.Ok(review.List()))
            .WithSummary("Records an import was unsure of, with why, for a person to check.");
        return app;
    }

    /// <remarks>The cancellation token is the request's own: a client that goes away stops the import.</remarks>
    private static async Task<IResult> ImportAsync(HttpContext context, JsonBody body, IMediator mediator, IOptions<ApiOptions> options,
        bool? dryRun, string? documentId, string? url, string? publishedOn, string? format, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxImportBytes;
        var document = context.Request.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true
            ? new ImportDocument(documentId, url, publishedOn, await body.ReadTextAsync(context.Request, limit, cancellationToken))
            : await body.ReadAsync<ImportDocument>(context.Request, cancellationToken, limit);
        var caller = Callers.Of(context);
        var batch = caller with { ImportBatch = $"import-{caller.CausationId:N}" };
        var report = await mediator.Send(new ImportAnnouncementsCommand(document, dryRun ?? false, batch), cancellationToken);
        return ImportReportLines.Wanted(context.Request, format) ? new ImportReportLines(report) : TypedResults.Ok(report);
    }
}
