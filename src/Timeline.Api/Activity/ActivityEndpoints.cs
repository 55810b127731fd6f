using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Api.Http;
using Timeline.Projections.ActivityByYear;

namespace Timeline.Api.Activity;

public static class ActivityEndpoints
{
    public static IEndpointRouteBuilder MapActivityEndpoints(this IEndpointRouteBuilder app)
    {
        var activity = app.MapGroup("/api/activity").WithTags("Activity").ReadsReadModels().RefusesBadQueries();
        activity.MapGet("/by-year", async Task<Ok<ActivityByYearReport>> ([AsParameters] ActivityParameters filters, string? from, string? to,
                IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetActivityByYearQuery(filters, from, to), cancellationToken)))
            .WithSummary("Records per year and kind; undated records are counted apart. With groupBy, each year also has groups.");
        activity.MapGet("/by-month", async Task<Ok<ActivityByMonthReport>> ([AsParameters] ActivityParameters filters, string? year,
                IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetActivityByMonthQuery(filters, year), cancellationToken)))
            .WithSummary("One year's records per month (by the month of their earliest day); records dated to the year only are counted in withoutMonth.");
        return app;
    }
}
