using System.Text.Json.Serialization;
using MediatR;
using Timeline.Api.Http;
using Timeline.Api.Validation;
using Timeline.Domain;
using Timeline.Projections.Catalogue;
using Timeline.Projections.Registry;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Timelines;

/// <summary>One institution's records in date order.</summary>
public sealed record GetInstitutionTimelineQuery(string InstitutionId, TimelineParameters Parameters) : IRequest<InstitutionTimeline>
{
    public string Timeline => $"institutions/{InstitutionId}";
}

/// <summary>One page: <c>page</c> only when asked by number, <c>next</c> the cursor of the following page (null on the last).</summary>
public sealed record InstitutionTimeline(InstitutionSummary Institution, long Total, int? Page, int PageSize,
    [property: JsonConverter(typeof(TimelineEntriesJsonConverter))] IReadOnlyList<TimelineEntry> Entries,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Next);

public sealed class GetInstitutionTimelineValidator : IValidator<GetInstitutionTimelineQuery>
{
    public void Validate(GetInstitutionTimelineQuery request, ValidationErrors errors) =>
        request.Parameters.ToFilter(request.Timeline, errors);
}

public sealed class GetInstitutionTimelineHandler(CatalogueQueries catalogue, TimelineQueries timelines, ReadMoment moment,
    RegistryQueries registry)
    : IRequestHandler<GetInstitutionTimelineQuery, InstitutionTimeline>
{
    public async Task<InstitutionTimeline> Handle(GetInstitutionTimelineQuery request, CancellationToken cancellationToken)
    {
        var tables = await moment.TablesAsync(request.Parameters.AsOf, cancellationToken);
        var institution = await catalogue.InstitutionAsync(request.InstitutionId, tables, cancellationToken)
            ?? (tables.Position is null ? await registry.SummaryAsync(request.InstitutionId, cancellationToken) : null)
            ?? throw new DomainException(DomainErrors.RecordNotFound,
                $"No record names institution '{request.InstitutionId}'{(moment.KnownAt is { } then ? $" as of {then.Moment:O}" : "")}. "
                + "GET /api/institutions lists the known ones.", "institutionId");
        var filter = request.Parameters.ToFilter(request.Timeline, new ValidationErrors())!;
        var page = await timelines.ForInstitutionAsync(request.InstitutionId, filter, tables, cancellationToken);
        var entries = await registry.NamedAsOfTheirDatesAsync(page.Stored, cancellationToken);
        return new InstitutionTimeline(institution, page.Total, page.Page, page.PageSize, entries,
            page.Next is { } next ? TimelineCursors.Encode(request.Timeline, next) : null);
    }
}
