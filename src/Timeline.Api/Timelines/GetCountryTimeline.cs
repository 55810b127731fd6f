using MediatR;
using Timeline.Api.Validation;
using Timeline.Domain.Countries;
using Timeline.Projections.Registry;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Timelines;

/// <summary>One country's records in date order.</summary>
public sealed record GetCountryTimelineQuery(string CountryCode, TimelineParameters Parameters) : IRequest<CountryTimeline>;

public sealed record CountryRef(string Code, string Name);

public sealed record CountryTimeline(CountryRef Country, long Total, int Page, int PageSize, IReadOnlyList<TimelineEntry> Entries);

public sealed class GetCountryTimelineValidator : IValidator<GetCountryTimelineQuery>
{
    public void Validate(GetCountryTimelineQuery request, ValidationErrors errors)
    {
        if (!CountryCode.IsKnown(request.CountryCode))
            errors.Add("countryCode", $"'{request.CountryCode}' is not an ISO 3166-1 alpha-2 country code");
        request.Parameters.ToFilter(errors);
    }
}

public sealed class GetCountryTimelineHandler(TimelineQueries timelines, RegistryQueries registry) : IRequestHandler<GetCountryTimelineQuery, CountryTimeline>
{
    public async Task<CountryTimeline> Handle(GetCountryTimelineQuery request, CancellationToken cancellationToken)
    {
        var country = CountryCode.Parse(request.CountryCode);
        var filter = request.Parameters.ToFilter(new ValidationErrors())!;
        var page = await timelines.ForCountryAsync(country.Value, filter, cancellationToken);
        var entries = await registry.NamedAsOfTheirDatesAsync(page.Entries, cancellationToken);
        return new CountryTimeline(new CountryRef(country.Value, country.Name), page.Total, page.Page, page.PageSize, entries);
    }
}
