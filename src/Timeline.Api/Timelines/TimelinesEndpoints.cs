using MediatR;
using Timeline.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Projections.Registry;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Timelines;

public static class TimelinesEndpoints
{
    public static IEndpointRouteBuilder MapTimelinesEndpoints(this IEndpointRouteBuilder app)
    {
        var timelines = app.MapGroup("/api/timelines").WithTags("Timelines").ReadsReadModels().RefusesBadQueries();
        timelines.MapGet("/institutions/{institutionId}", InstitutionAsync)
            .WithMetadata(new AboutOneTimeline(route => route["institutionId"] is string id ? TimelineChanges.InstitutionKey(id) : null))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("An institution's records by date, each with the registry's names as of its date; an alias or merged id answers 308 to the institution it reaches. Query: from, to (YYYY[-MM[-DD]]), kinds (comma-separated), page or after (the previous page's next cursor), pageSize, asOf.");
        timelines.MapGet("/countries/{countryCode}", CountryAsync)
            // Keyed as the handler reads it; a code it refuses is never cached.
            .WithMetadata(new AboutOneTimeline(route => route["countryCode"] is string code
                ? TimelineChanges.CountryKey(code.Trim().ToUpperInvariant()) : null))
            .WithSummary("A country's records by date. Query: from, to (YYYY[-MM[-DD]]), kinds (comma-separated), page or after (the previous page's next cursor), pageSize.");
        return app;
    }

    /// <summary>An alias or a merged institution's id redirects (308) to the timeline of the institution it reaches, query kept.</summary>
    private static async Task<Results<Ok<InstitutionTimeline>, RedirectHttpResult>> InstitutionAsync(string institutionId,
        [AsParameters] TimelineParameters parameters, HttpContext context, RegistryQueries registry, IMediator mediator,
        CancellationToken cancellationToken)
    {
        if (await registry.CanonicalIdAsync(institutionId, cancellationToken) is { } canonical)
            return TypedResults.Redirect($"/api/timelines/institutions/{Uri.EscapeDataString(canonical)}{context.Request.QueryString}",
                permanent: true, preserveMethod: true);
        return TypedResults.Ok(await mediator.Send(new GetInstitutionTimelineQuery(institutionId, parameters), cancellationToken));
    }

    private static async Task<Ok<CountryTimeline>> CountryAsync(string countryCode, [AsParameters] TimelineParameters parameters, IMediator mediator,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new GetCountryTimelineQuery(countryCode, parameters), cancellationToken));
}
