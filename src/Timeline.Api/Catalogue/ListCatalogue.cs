using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Timeline.Api.Http;
using Timeline.Api.Validation;
using Timeline.Projections.Catalogue;

namespace Timeline.Api.Catalogue;

/// <summary>The query string of a catalogue: <c>page</c>, <c>pageSize</c>, a <c>q</c> prefix of a name or id, and the moment to answer as of.</summary>
public sealed record CatalogueParameters(
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "pageSize")] string? PageSize,
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "asOf")] string? AsOf = null)
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;
    public const int MaxPrefixLength = 100;

    public CataloguePage ToPage(ValidationErrors errors)
    {
        var page = QueryValues.Number(Page, "page", 1, int.MaxValue / MaxPageSize, 1, errors);
        var size = QueryValues.Number(PageSize, "pageSize", 1, MaxPageSize, DefaultPageSize, errors);
        if (Q is { Length: > MaxPrefixLength })
            errors.Add("q", $"is longer than {MaxPrefixLength} characters");
        return new CataloguePage(string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(), (page - 1) * size, size);
    }
}

public sealed record ListInstitutionsQuery(CatalogueParameters Parameters) : IRequest<CatalogueSlice<InstitutionSummary>>;

public sealed record ListCountriesQuery(CatalogueParameters Parameters) : IRequest<CatalogueSlice<CountrySummary>>;

public sealed class ListInstitutionsValidator : IValidator<ListInstitutionsQuery>
{
    public void Validate(ListInstitutionsQuery request, ValidationErrors errors) => request.Parameters.ToPage(errors);
}

public sealed class ListCountriesValidator : IValidator<ListCountriesQuery>
{
    public void Validate(ListCountriesQuery request, ValidationErrors errors) => request.Parameters.ToPage(errors);
}

public sealed class ListInstitutionsHandler(CatalogueQueries catalogue, ReadMoment moment) : IRequestHandler<ListInstitutionsQuery, CatalogueSlice<InstitutionSummary>>
{
    public async Task<CatalogueSlice<InstitutionSummary>> Handle(ListInstitutionsQuery request, CancellationToken cancellationToken) =>
        await catalogue.InstitutionsAsync(request.Parameters.ToPage(new ValidationErrors()),
            await moment.TablesAsync(request.Parameters.AsOf, cancellationToken), cancellationToken);
}

public sealed class ListCountriesHandler(CatalogueQueries catalogue, ReadMoment moment) : IRequestHandler<ListCountriesQuery, CatalogueSlice<CountrySummary>>
{
    public async Task<CatalogueSlice<CountrySummary>> Handle(ListCountriesQuery request, CancellationToken cancellationToken) =>
        await catalogue.CountriesAsync(request.Parameters.ToPage(new ValidationErrors()),
            await moment.TablesAsync(request.Parameters.AsOf, cancellationToken), cancellationToken);
}

public static class CatalogueEndpoints
{
    /// <summary>The number of entries matching in all pages; the body stays a plain array.</summary>
    public const string TotalCountHeader = "X-Total-Count";

    public static IEndpointRouteBuilder MapCatalogueEndpoints(this IEndpointRouteBuilder app)
    {
        var catalogue = app.MapGroup("/api").WithTags("Catalogue").ReadsReadModels().RefusesBadQueries();
        catalogue.MapGet("/institutions", async Task<Ok<IReadOnlyList<InstitutionSummary>>> ([AsParameters] CatalogueParameters parameters,
                HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
                Page(context, await mediator.Send(new ListInstitutionsQuery(parameters), cancellationToken)))
            .WithSummary("Institutions on the timelines, with their record counts, most records first; X-Total-Count says how many match.");
        catalogue.MapGet("/countries", async Task<Ok<IReadOnlyList<CountrySummary>>> ([AsParameters] CatalogueParameters parameters,
                HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
                Page(context, await mediator.Send(new ListCountriesQuery(parameters), cancellationToken)))
            .WithSummary("Countries on the timelines, with their record counts, most records first; X-Total-Count says how many match.");
        return app;
    }

    /// <summary>One page of a list: the entries as the body, how many match in all in <see cref="TotalCountHeader"/>.</summary>
    internal static Ok<IReadOnlyList<T>> Page<T>(HttpContext context, CatalogueSlice<T> slice)
    {
        context.Response.Headers[TotalCountHeader] = slice.Total.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Ok(slice.Entries);
    }
}
