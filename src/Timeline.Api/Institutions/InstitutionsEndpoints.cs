using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Api.Http;
using Timeline.Api.Records;

namespace Timeline.Api.Institutions;

public static class InstitutionsEndpoints
{
    public static IEndpointRouteBuilder MapInstitutionsEndpoints(this IEndpointRouteBuilder app)
    {
        var institutions = app.MapGroup("/api/institutions").WithTags("Institutions");
        institutions.MapGet("/{institutionId}", GetAsync).TagsItsAnswer().RefusesBadQueries().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The registry's view of an institution: current name, names over time with the day each took effect, aliases, "
                + "merged into, and its history with who and when. An alias answers 308 to the institution it reaches.");
        institutions.MapPost("/", RegisterAsync).RequireApiKey().RefusesBadBodies().ProducesProblem(StatusCodes.Status409Conflict)
            .Accepts<RegistrationInput>("application/json").WithSummary("Register an institution by hand (id, name, acronym, country).");
        institutions.MapPost("/{institutionId}/names", RenameAsync).ChangesARecord().Accepts<RenameInput>("application/json")
            .WithSummary("Rename an institution from the day the new name took effect (effectiveOn, YYYY-MM-DD), giving the reason; If-Match guards against stale writes.");
        institutions.MapPost("/{institutionId}/aliases", AliasAsync).ChangesARecord().Accepts<AliasInput>("application/json")
            .WithSummary("Let another id (aliasId) reach this institution; it may be neither registered nor another's alias.");
        institutions.MapPost("/{institutionId}/merge", MergeAsync).ChangesARecord().Accepts<MergeInput>("application/json")
            .WithSummary("Merge this institution into another (into); its id then reaches that one.");
        return app;
    }

    private static async Task<Results<Ok<InstitutionDocument>, RedirectHttpResult, ProblemHttpResult, StatusCodeHttpResult>> GetAsync(
        string institutionId, HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        var answer = await mediator.Send(new GetInstitutionQuery(institutionId), cancellationToken);
        if (answer.RedirectTo is { } owner)
            return TypedResults.Redirect($"/api/institutions/{Uri.EscapeDataString(owner)}", permanent: true, preserveMethod: true);
        if (answer.Institution is not { } institution)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.",
                detail: $"Institution '{institutionId}' is not registered. GET /api/institutions lists the known ones.");
        var tag = ETags.Of(institution.Revision);
        context.Response.Headers.ETag = tag;
        if (ETags.NoneMatchHits(context.Request, tag))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Ok(institution);
    }

    private static async Task<Created<InstitutionWriteResult>> RegisterAsync(HttpContext context, JsonBody body, IMediator mediator,
        CancellationToken cancellationToken)
    {
        var input = await body.ReadAsync<RegistrationInput>(context.Request, cancellationToken);
        var result = await mediator.Send(new RegisterInstitutionCommand(input, Callers.Of(context)), cancellationToken);
        context.Response.Headers.ETag = ETags.Of(result.Revision);
        return TypedResults.Created($"/api/institutions/{result.InstitutionId}", result);
    }

    private static Task<Ok<InstitutionWriteResult>> RenameAsync(string institutionId, HttpContext context, JsonBody body, IMediator mediator,
        CancellationToken cancellationToken) =>
        ChangeAsync<RenameInput>(context, body, mediator,
            (input, ifMatch, caller) => new RenameInstitutionCommand(institutionId, input, ifMatch, caller), cancellationToken);

    private static Task<Ok<InstitutionWriteResult>> AliasAsync(string institutionId, HttpContext context, JsonBody body, IMediator mediator,
        CancellationToken cancellationToken) =>
        ChangeAsync<AliasInput>(context, body, mediator,
            (input, ifMatch, caller) => new AddInstitutionAliasCommand(institutionId, input, ifMatch, caller), cancellationToken);

    private static Task<Ok<InstitutionWriteResult>> MergeAsync(string institutionId, HttpContext context, JsonBody body, IMediator mediator,
        CancellationToken cancellationToken) =>
        ChangeAsync<MergeInput>(context, body, mediator,
            (input, ifMatch, caller) => new MergeInstitutionCommand(institutionId, input, ifMatch, caller), cancellationToken);

    private static Task<Ok<InstitutionWriteResult>> ChangeAsync<TInput>(HttpContext context, JsonBody body, IMediator mediator,
        Func<TInput, long?, Caller, IRequest<InstitutionWriteResult>> command, CancellationToken cancellationToken) where TInput : class =>
        ChangeRequests.SendAsync(context, body, mediator, command, result => result.Revision, cancellationToken);
}
