using MediatR;
using Timeline.Api.Http;
using Timeline.Api.Validation;
using Timeline.Projections.ActivityByYear;

namespace Timeline.Api.Activity;

/// <summary>Records per year and kind, filtered and optionally grouped by kind, country or institution.</summary>
public sealed record GetActivityByYearQuery(ActivityParameters Filters, string? From, string? To) : IRequest<ActivityByYearReport>
{
    public ActivityFilter ToFilter(ValidationErrors errors)
    {
        var from = ActivityParameters.Year(From, "from", errors);
        var to = ActivityParameters.Year(To, "to", errors);
        if (from > to)
            errors.Add("to", "is before from");
        return Filters.ToFilter(errors, from, to);
    }
}

public sealed class GetActivityByYearValidator : IValidator<GetActivityByYearQuery>
{
    public void Validate(GetActivityByYearQuery request, ValidationErrors errors) => request.ToFilter(errors);
}

public sealed class GetActivityByYearHandler(ActivityByYearQuery query, ReadMoment moment) : IRequestHandler<GetActivityByYearQuery, ActivityByYearReport>
{
    public async Task<ActivityByYearReport> Handle(GetActivityByYearQuery request, CancellationToken cancellationToken) =>
        await query.RunAsync(request.ToFilter(new ValidationErrors()), await moment.TablesAsync(request.Filters.AsOf, cancellationToken), cancellationToken);
}
