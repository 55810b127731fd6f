using MediatR;
using Timeline.Api.Activity;
using Timeline.Api.Http;

namespace Timeline.Api.Exports;

/// <summary>
/// Whole timelines and activity by year as files: <c>.../export?format=csv|jsonl|timelinejs|jsonld</c>, or by
/// <c>Accept</c>. Exports are streamed as they are read, with no page limit, and never cached; with <c>asOf</c>, as the
/// service knew them then.
/// </summary>
public static class ExportsEndpoints
{
    private const string FormatHelp = "Format: format=csv|jsonl|timelinejs|jsonld, or Accept: text/csv, application/jsonl, application/json (TimelineJS), application/ld+json; CSV by default.";

    public static IEndpointRouteBuilder MapExportsEndpoints(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/api").WithTags("Exports");
        exports.MapGet("/timelines/institutions/{institutionId}/export",
                (string institutionId, string? format, string? asOf, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
                    TimelineAsync(new ExportTimelineQuery(TimelineOwner.Institution, institutionId, format, context.Request.Headers.Accept, asOf), context,
                        mediator, cancellationToken))
            .WithSummary("An institution's whole timeline as a file. " + FormatHelp);
        exports.MapGet("/timelines/countries/{countryCode}/export",
                (string countryCode, string? format, string? asOf, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
                    TimelineAsync(new ExportTimelineQuery(TimelineOwner.Country, countryCode, format, context.Request.Headers.Accept, asOf), context,
                        mediator, cancellationToken))
            .WithSummary("A country's whole timeline as a file. " + FormatHelp);
        exports.MapGet("/activity/by-year/export", async ([AsParameters] ActivityParameters filters, string? from, string? to, string? format,
                HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var export = await mediator.Send(new ExportActivityQuery(new GetActivityByYearQuery(filters, from, to), format,
                    context.Request.Headers.Accept), cancellationToken);
                context.RequestServices.GetRequiredService<ReadMoment>().Describe(context.Response);
                return TypedResults.Stream(stream => export.WriteAsync(stream, cancellationToken), export.Format.ContentType(),
                    export.Format.FileName("activity-by-year"));
            })
            .WithSummary("Activity by year as rows of year, kind and records: csv or jsonl. The filters of /api/activity/by-year.");
        return app;
    }

    private static async Task<IResult> TimelineAsync(ExportTimelineQuery query, HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        var plan = await mediator.Send(query, cancellationToken);
        context.RequestServices.GetRequiredService<ReadMoment>().Describe(context.Response);
        return TypedResults.Stream(stream => plan.WriteAsync(stream, cancellationToken), plan.Format.ContentType(),
            plan.Format.FileName(plan.FileStem));
    }
}
