using Timeline.Importing;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
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
            .WithSummary("Import announcements: a JSON document {documentId, url, publishedOn, text}, or plain text with those as query parameters. ?dryRun=true records nothing.");
        imports.MapGet("/review", (ReviewList review) => TypedResults.Ok(review.List()))
            .WithSummary("Records an import was unsure of, with why, for a person to check.");
        return app;
    }

    private static async Task<Ok<ImportReport>> ImportAsync(HttpContext context, JsonBody body, IMediator mediator, IOptions<ApiOptions> options,
        bool? dryRun, string? documentId, string? url, string? publishedOn, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxImportBytes;
        var document = context.Request.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true
            ? new ImportDocument(documentId, url, publishedOn, await body.ReadTextAsync(context.Request, limit, cancellationToken))
            : await body.ReadAsync<ImportDocument>(context.Request, cancellationToken, limit);
        var caller = Callers.Of(context);
        var batch = caller with { ImportBatch = $"import-{caller.CausationId:N}" };
        return TypedResults.Ok(await mediator.Send(new ImportAnnouncementsCommand(document, dryRun ?? false, batch), cancellationToken));
    }
}
