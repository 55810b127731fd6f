using MediatR;
using Timeline.Api.Validation;
using Timeline.Domain;
using Timeline.Projections.Catalogue;
using Timeline.Projections.Registry;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Timelines;

/// <summary>One institution's records in date order.</summary>
public sealed record GetInstitutionTimelineQuery(string InstitutionId, TimelineParameters Parameters) : IRequest<InstitutionTimeline>;

public sealed record InstitutionTimeline(InstitutionSummary Institution, long Total, int Page, int PageSize, IReadOnlyList<TimelineEntry> Entries);

public sealed class GetInstitutionTimelineValidator : IValidator<GetInstitutionTimelineQuery>
{
    public void Validate(GetInstitutionTimelineQuery request, ValidationErrors errors) => request.Parameters.ToFilter(errors);
}

public sealed class GetInstitutionTimelineHandler(CatalogueQueries catalogue, TimelineQueries timelines, RegistryQueries registry)
    : IRequestHandler<GetInstitutionTimelineQuery, InstitutionTimeline>
{
    public async Task<InstitutionTimeline> Handle(GetInstitutionTimelineQuery request, CancellationToken cancellationToken)
    {
        var institution = await catalogue.InstitutionAsync(request.InstitutionId, cancellationToken)
            ?? await registry.SummaryAsync(request.InstitutionId, cancellationToken)
            ?? throw new DomainException(DomainErrors.RecordNotFound,
                $"No record names institution '{request.InstitutionId}'. GET /api/institutions lists the known ones.", "institutionId");
        var filter = request.Parameters.ToFilter(new ValidationErrors())!;
        var page = await timelines.ForInstitutionAsync(request.InstitutionId, filter, cancellationToken);
        var entries = await registry.NamedAsOfTheirDatesAsync(page.Entries, cancellationToken);
        return new InstitutionTimeline(institution, page.Total, page.Page, page.PageSize, entries);
    }
}
