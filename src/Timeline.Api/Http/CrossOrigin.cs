namespace Timeline.Api.Http;

/// <summary>
/// Browser access from other origins, only for the origins configured in <c>Api:CorsOrigins</c>. With none
/// (the default) the middleware is not even added, so no response carries a CORS header.
/// </summary>
public static class CrossOrigin
{
    private const string Policy = "configured-origins";

    public static IServiceCollection AddCrossOrigin(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = OriginsOf(configuration);
        if (origins.Length == 0)
            return services;
        return services.AddCors(cors => cors.AddPolicy(Policy, policy => policy
            .WithOrigins(origins)
            .WithMethods("GET", "POST")
            .WithHeaders("Content-Type", "X-Api-Key", "If-Match", "If-None-Match", Callers.CorrelationHeader)
            .WithExposedHeaders("ETag", "Location", "X-Total-Count", Callers.CorrelationHeader)));
    }

    public static WebApplication UseCrossOrigin(this WebApplication app)
    {
        if (OriginsOf(app.Configuration).Length > 0)
            app.UseCors(Policy);
        return app;
    }

    private static string[] OriginsOf(IConfiguration configuration) =>
        configuration.GetSection($"{ApiOptions.Section}:{nameof(ApiOptions.CorsOrigins)}").Get<string[]>()?
            .Where(origin => !string.IsNullOrWhiteSpace(origin)).ToArray() ?? [];
}
