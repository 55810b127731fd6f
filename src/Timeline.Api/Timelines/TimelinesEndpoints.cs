using MediatR;
using Timeline.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Timeline.Api.Timelines;

public static class TimelinesEndpoints
{
    public static IEndpointRouteBuilder MapTimelinesEndpoints(this IEndpointRouteBuilder app)
    {
        var timelines = app.MapGroup("/api/timelines").WithTags("Timelines").ReadsReadModels().RefusesBadQueries();
        timelines.MapGet("/institutions/{institutionId}", InstitutionAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("An institution's records by date. Query: from, to (YYYY[-MM[-DD]]), kinds (comma-separated), page or after (the previous page's next cursor), pageSize.");
        timelines.MapGet("/countries/{countryCode}", CountryAsync)
            .WithSummary("A country's records by date. Query: from, to (YYYY[-MM[-DD]]), kinds (comma-separated), page or after (the previous page's next cursor), pageSize.");
        return app;
    }

    private static async Task<Ok<InstitutionTimeline>> InstitutionAsync(string institutionId, [AsParameters] TimelineParameters parameters, IMediator mediator,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new GetInstitutionTimelineQuery(institutionId, parameters), cancellationToken));

    private static async Task<Ok<CountryTimeline>> CountryAsync(string countryCode, [AsParameters] TimelineParameters parameters, IMediator mediator,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new GetCountryTimelineQuery(countryCode, parameters), cancellationToken));
}
