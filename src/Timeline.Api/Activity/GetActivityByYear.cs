using MediatR;
using Timeline.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Api.Validation;
using Timeline.Domain.Countries;
using Timeline.Domain.Records;
using Timeline.Projections.ActivityByYear;

namespace Timeline.Api.Activity;

/// <summary>Records per year and kind, optionally for one institution, country or kind.</summary>
public sealed record GetActivityByYearQuery(string? Institution, string? Country, string? Kind) : IRequest<ActivityByYearReport>;

public sealed class GetActivityByYearValidator : IValidator<GetActivityByYearQuery>
{
    public void Validate(GetActivityByYearQuery request, ValidationErrors errors)
    {
        if (request.Country is not null && !CountryCode.IsKnown(request.Country))
            errors.Add("country", $"'{request.Country}' is not an ISO 3166-1 alpha-2 country code");
        if (request.Kind is not null && !ActivityKinds.TryParse(request.Kind, out _))
            errors.Add("kind", $"'{request.Kind}' is not a kind of activity: use one of {string.Join(", ", Enum.GetNames<ActivityKind>())}");
    }
}

public sealed class GetActivityByYearHandler(ActivityByYearQuery query) : IRequestHandler<GetActivityByYearQuery, ActivityByYearReport>
{
    public Task<ActivityByYearReport> Handle(GetActivityByYearQuery request, CancellationToken cancellationToken) =>
        query.RunAsync(new ActivityFilter(
            string.IsNullOrEmpty(request.Institution) ? null : request.Institution,
            request.Country is null ? null : CountryCode.Parse(request.Country).Value,
            ActivityKinds.TryParse(request.Kind, out var kind) ? kind.ToString() : null), cancellationToken);
}

public static class ActivityEndpoints
{
    public static IEndpointRouteBuilder MapActivityEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/activity/by-year", async Task<Ok<ActivityByYearReport>> (string? institution, string? country, string? kind,
                IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetActivityByYearQuery(institution, country, kind), cancellationToken)))
            .WithTags("Activity")
            .CacheWhileUnchanged()
            .WithSummary("Records per year and kind; undated records are counted apart. Filters: institution, country, kind.");
        return app;
    }
}
