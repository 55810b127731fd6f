using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Timeline.Api.Catalogue;
using Timeline.Api.Http;
using Timeline.Api.Validation;
using Timeline.Projections.Catalogue;
using Timeline.Projections.People;
using Timeline.Projections.Timelines;

namespace Timeline.Api.People;

/// <summary>The query string of the people and places lists: <c>q</c> (a part of the name), <c>page</c>, <c>pageSize</c>.</summary>
public sealed record NameListParameters(
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "pageSize")] string? PageSize)
{
    public (string? Contains, int Offset, int Limit) Read(ValidationErrors errors)
    {
        var page = new CatalogueParameters(Page, PageSize, Q).ToPage(errors);
        return (page.Prefix, page.Offset, page.Limit);
    }
}

/// <summary>People or places whose name contains <c>q</c>, with how many visible records name each, most first.</summary>
public sealed record ListNamesQuery(Named Named, NameListParameters Parameters) : IRequest<CatalogueSlice<NameSummary>>;

/// <summary>The visible records naming one person or place, in timeline order.</summary>
public sealed record ListNamedRecordsQuery(Named Named, string Name, NameListParameters Parameters) : IRequest<CatalogueSlice<TimelineEntry>>;

public sealed class ListNamesValidator : IValidator<ListNamesQuery>
{
    public void Validate(ListNamesQuery request, ValidationErrors errors) => request.Parameters.Read(errors);
}

public sealed class ListNamedRecordsValidator : IValidator<ListNamedRecordsQuery>
{
    public void Validate(ListNamedRecordsQuery request, ValidationErrors errors)
    {
        request.Parameters.Read(errors);
        if (request.Parameters.Q is not null)
            errors.Add("q", "is not read here: the name is in the path");
    }
}

public sealed class ListNamesHandler(PeopleQueries people) : IRequestHandler<ListNamesQuery, CatalogueSlice<NameSummary>>
{
    public Task<CatalogueSlice<NameSummary>> Handle(ListNamesQuery request, CancellationToken cancellationToken)
    {
        var (contains, offset, limit) = request.Parameters.Read(new ValidationErrors());
        return people.ListAsync(request.Named, contains, offset, limit, cancellationToken);
    }
}

public sealed class ListNamedRecordsHandler(PeopleQueries people) : IRequestHandler<ListNamedRecordsQuery, CatalogueSlice<TimelineEntry>>
{
    public Task<CatalogueSlice<TimelineEntry>> Handle(ListNamedRecordsQuery request, CancellationToken cancellationToken)
    {
        var (_, offset, limit) = request.Parameters.Read(new ValidationErrors());
        return people.RecordsAsync(request.Named, request.Name, offset, limit, cancellationToken);
    }
}

public static class PeopleEndpoints
{
    public static IEndpointRouteBuilder MapPeopleEndpoints(this IEndpointRouteBuilder app)
    {
        foreach (var (path, named, noun) in new[] { ("/api/people", Named.People, "People"), ("/api/places", Named.Places, "Places") })
        {
            var group = app.MapGroup(path).WithTags("People and places").ReadsReadModels().RefusesBadQueries();
            group.MapGet("/", async Task<Ok<IReadOnlyList<NameSummary>>> ([AsParameters] NameListParameters parameters, HttpContext context,
                    IMediator mediator, CancellationToken cancellationToken) =>
                    CatalogueEndpoints.Page(context, await mediator.Send(new ListNamesQuery(named, parameters), cancellationToken)))
                .WithSummary($"{noun} named by records, with their record counts, most records first; X-Total-Count says how many match.");
            group.MapGet("/{name}/records", async Task<Ok<IReadOnlyList<TimelineEntry>>> (string name, [AsParameters] NameListParameters parameters,
                    HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
                    CatalogueEndpoints.Page(context, await mediator.Send(new ListNamedRecordsQuery(named, name, parameters), cancellationToken)))
                .WithSummary($"The records naming one of the {noun.ToLowerInvariant()} (the name exactly as listed), in timeline order; X-Total-Count says how many.");
        }
        return app;
    }
}
