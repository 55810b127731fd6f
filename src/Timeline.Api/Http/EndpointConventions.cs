using Timeline.Api.Security;

namespace Timeline.Api.Http;

/// <summary>Marks a write route that honours <c>If-Match</c>, so the API description can say so.</summary>
public sealed class HonoursIfMatch;

/// <summary>Marks a read route that answers a strong ETag and honours <c>If-None-Match</c>.</summary>
public sealed class AnswersETag;

/// <summary>Marks a route that needs the <c>X-Api-Key</c> header.</summary>
public sealed class RequiresApiKey;

/// <summary>What a route promises, in one place: behaviour and the metadata the API description is built from.</summary>
public static class EndpointConventions
{
    /// <summary>A read of the read models: cached while they have not moved, tagged by their checkpoint, 304 when unchanged.</summary>
    public static TBuilder ReadsReadModels<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.CacheWhileUnchanged().AddEndpointFilter<TBuilder, ReadModelETag>().WithMetadata(new AnswersETag());

    /// <summary>A read that tags its answer itself (a record's revision, the projection status).</summary>
    public static TBuilder TagsItsAnswer<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AnswersETag());

    /// <summary>A write: the API key is checked first, and the route is described with its 401.</summary>
    public static RouteHandlerBuilder RequireApiKey(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ApiKeyFilter>().WithMetadata(new RequiresApiKey())
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    /// <summary>A JSON write on an existing record: stale If-Match is a 409; bad, large or non-JSON bodies are refused.</summary>
    public static RouteHandlerBuilder ChangesARecord(this RouteHandlerBuilder builder) =>
        builder.RequireApiKey().WithMetadata(new HonoursIfMatch()).RefusesBadBodies()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    public static RouteHandlerBuilder RefusesBadBodies(this RouteHandlerBuilder builder) =>
        builder.ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>A read with query parameters that can be refused.</summary>
    public static TBuilder RefusesBadQueries<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ProducesResponseTypeMetadata(
            StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
}
