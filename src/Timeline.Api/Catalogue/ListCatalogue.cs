using MediatR;
using Timeline.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Projections.Catalogue;

namespace Timeline.Api.Catalogue;

public sealed record ListInstitutionsQuery : IRequest<IReadOnlyList<InstitutionSummary>>;

public sealed record ListCountriesQuery : IRequest<IReadOnlyList<CountrySummary>>;

public sealed class ListInstitutionsHandler(CatalogueQueries catalogue) : IRequestHandler<ListInstitutionsQuery, IReadOnlyList<InstitutionSummary>>
{
    public Task<IReadOnlyList<InstitutionSummary>> Handle(ListInstitutionsQuery request, CancellationToken cancellationToken) =>
        catalogue.InstitutionsAsync(cancellationToken);
}

public sealed class ListCountriesHandler(CatalogueQueries catalogue) : IRequestHandler<ListCountriesQuery, IReadOnlyList<CountrySummary>>
{
    public Task<IReadOnlyList<CountrySummary>> Handle(ListCountriesQuery request, CancellationToken cancellationToken) =>
        catalogue.CountriesAsync(cancellationToken);
}

public static class CatalogueEndpoints
{
    public static IEndpointRouteBuilder MapCatalogueEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/institutions", async Task<Ok<IReadOnlyList<InstitutionSummary>>> (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListInstitutionsQuery(), cancellationToken)))
            .WithTags("Catalogue").CacheWhileUnchanged().WithSummary("Institutions on the timelines, with their record counts.");
        app.MapGet("/api/countries", async Task<Ok<IReadOnlyList<CountrySummary>>> (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListCountriesQuery(), cancellationToken)))
            .WithTags("Catalogue").CacheWhileUnchanged().WithSummary("Countries on the timelines, with their record counts.");
        return app;
    }
}
