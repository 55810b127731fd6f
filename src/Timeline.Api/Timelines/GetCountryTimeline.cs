using System.Text.Json.Serialization;
using MediatR;
using Timeline.Api.Http;
using Timeline.Api.Validation;
using Timeline.Domain.Countries;
using Timeline.Projections.Registry;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Timelines;

/// <summary>One country's records in date order.</summary>
public sealed record GetCountryTimelineQuery(string CountryCode, TimelineParameters Parameters) : IRequest<CountryTimeline>
{
    public string Timeline => $"countries/{CountryCode}";
}

public sealed record CountryRef(string Code, string Name);

/// <summary>One page: <c>page</c> only when asked by number, <c>next</c> the cursor of the following page (null on the last).</summary>
public sealed record CountryTimeline(CountryRef Country, long Total, int? Page, int PageSize,
    [property: JsonConverter(typeof(TimelineEntriesJsonConverter))] IReadOnlyList<TimelineEntry> Entries,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Next);

public sealed class GetCountryTimelineValidator : IValidator<GetCountryTimelineQuery>
{
    public void Validate(GetCountryTimelineQuery request, ValidationErrors errors)
    {
        if (!CountryCode.IsKnown(request.CountryCode))
            errors.Add("countryCode", $"'{request.CountryCode}' is not an ISO 3166-1 alpha-2 country code");
        request.Parameters.ToFilter(request.Timeline, errors);
    }
}

public sealed class GetCountryTimelineHandler(TimelineQueries timelines, ReadMoment moment, RegistryQueries registry)
    : IRequestHandler<GetCountryTimelineQuery, CountryTimeline>
{
    public async Task<CountryTimeline> Handle(GetCountryTimelineQuery request, CancellationToken cancellationToken)
    {
        var country = CountryCode.Parse(request.CountryCode);
        var filter = request.Parameters.ToFilter(request.Timeline, new ValidationErrors())!;
        var page = await timelines.ForCountryAsync(country.Value, filter,
            await moment.TablesAsync(request.Parameters.AsOf, cancellationToken), cancellationToken);
        var entries = await registry.NamedAsOfTheirDatesAsync(page.Stored, cancellationToken);
        return new CountryTimeline(new CountryRef(country.Value, country.Name), page.Total, page.Page, page.PageSize, entries,
            page.Next is { } next ? TimelineCursors.Encode(request.Timeline, next) : null);
    }
}
