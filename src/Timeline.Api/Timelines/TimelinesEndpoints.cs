using MediatR;
using Timeline.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Timeline.Api.Timelines;

public static class TimelinesEndpoints
{
    public static IEndpointRouteBuilder MapTimelinesEndpoints(this IEndpointRouteBuilder app)
    {
        var timelines = app.MapGroup("/api/timelines").WithTags("Timelines").CacheWhileUnchanged();
        timelines.MapGet("/institutions/{institutionId}", InstitutionAsync).AcceptsQuery(TimelineParameters.Names)
            .WithSummary("An institution's records by date. Query: from, to (YYYY[-MM[-DD]]), kinds (comma-separated), page, pageSize.");
        timelines.MapGet("/countries/{countryCode}", CountryAsync).AcceptsQuery(TimelineParameters.Names)
            .WithSummary("A country's records by date. Query: from, to (YYYY[-MM[-DD]]), kinds (comma-separated), page, pageSize.");
        return app;
    }

    private static async Task<Ok<InstitutionTimeline>> InstitutionAsync(string institutionId, HttpRequest request, IMediator mediator,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new GetInstitutionTimelineQuery(institutionId, TimelineParameters.FromQuery(request.Query)), cancellationToken));

    private static async Task<Ok<CountryTimeline>> CountryAsync(string countryCode, HttpRequest request, IMediator mediator,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new GetCountryTimelineQuery(countryCode, TimelineParameters.FromQuery(request.Query)), cancellationToken));
}
