using MediatR;
using Timeline.Api.Http;
using Timeline.Api.Validation;
using Timeline.Projections.ActivityByYear;

namespace Timeline.Api.Activity;

/// <summary>One year's records per month, with the same filters and groupings as by year.</summary>
public sealed record GetActivityByMonthQuery(ActivityParameters Filters, string? Year) : IRequest<ActivityByMonthReport>
{
    public (int Year, ActivityFilter Filter) Parse(ValidationErrors errors)
    {
        var year = ActivityParameters.Year(Year, "year", errors);
        if (year is null && string.IsNullOrEmpty(Year))
            errors.Add("year", "is required: the year to count by month, such as 2019");
        return (year ?? 0, Filters.ToFilter(errors));
    }
}

public sealed class GetActivityByMonthValidator : IValidator<GetActivityByMonthQuery>
{
    public void Validate(GetActivityByMonthQuery request, ValidationErrors errors) => request.Parse(errors);
}

public sealed class GetActivityByMonthHandler(ActivityByMonthQuery query, ReadMoment moment) : IRequestHandler<GetActivityByMonthQuery, ActivityByMonthReport>
{
    public async Task<ActivityByMonthReport> Handle(GetActivityByMonthQuery request, CancellationToken cancellationToken)
    {
        var (year, filter) = request.Parse(new ValidationErrors());
        return await query.RunAsync(year, filter, await moment.TablesAsync(request.Filters.AsOf, cancellationToken), cancellationToken);
    }
}
