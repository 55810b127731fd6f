using MediatR;
using Timeline.Api.Http;
using Timeline.Api.Validation;
using Timeline.Domain;
using Timeline.Domain.Countries;
using Timeline.Projections.Catalogue;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Exports;

public enum TimelineOwner
{
    Institution,
    Country,
}

/// <summary>
/// A whole institution's or country's timeline, in one of the export formats, with no page limit; as of a moment of
/// transaction time when <see cref="AsOf"/> names one.
/// </summary>
public sealed record ExportTimelineQuery(TimelineOwner Owner, string Key, string? Format, string? Accept, string? AsOf = null)
    : IRequest<TimelineExportPlan>;

public sealed class ExportTimelineValidator : IValidator<ExportTimelineQuery>
{
    public void Validate(ExportTimelineQuery request, ValidationErrors errors)
    {
        ExportFormats.Choose(request.Format, request.Accept, errors);
        if (request.Owner == TimelineOwner.Country && !CountryCode.IsKnown(request.Key))
            errors.Add("countryCode", $"'{request.Key}' is not an ISO 3166-1 alpha-2 country code");
    }
}

public sealed class ExportTimelineHandler(CatalogueQueries catalogue, TimelineExport export, ReadMoment moment)
    : IRequestHandler<ExportTimelineQuery, TimelineExportPlan>
{
    public async Task<TimelineExportPlan> Handle(ExportTimelineQuery request, CancellationToken cancellationToken)
    {
        var format = ExportFormats.Choose(request.Format, request.Accept, new ValidationErrors());
        var tables = await moment.TablesAsync(request.AsOf, cancellationToken);
        if (request.Owner == TimelineOwner.Country)
        {
            var country = CountryCode.Parse(request.Key, "countryCode");
            return new TimelineExportPlan(format, $"{country.Name}: timeline", $"timeline-{country.Value}",
                export.CountryAsync(country.Value, tables, cancellationToken));
        }
        var institution = await catalogue.InstitutionAsync(request.Key, tables, cancellationToken)
            ?? throw new DomainException(DomainErrors.RecordNotFound,
                $"No record names institution '{request.Key}'. GET /api/institutions lists the known ones.", "institutionId");
        return new TimelineExportPlan(format, $"{institution.Name}: timeline", $"timeline-{institution.Id}",
            export.InstitutionAsync(institution.Id, tables, cancellationToken));
    }
}
