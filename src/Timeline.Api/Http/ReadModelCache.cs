using Microsoft.AspNetCore.OutputCaching;
using Timeline.Projections.AsOf;

namespace Timeline.Api.Http;

/// <summary>
/// Caches read-model answers for as long as what they read has not moved. The cache key holds the
/// <see cref="ReadGeneration"/> read when the request starts (the checkpoint, or for a route about one timeline the
/// position at which that timeline last changed), so an answer is only ever served again at that same generation:
/// the first fold that changes it makes the cached answers under it unreachable, and none can be stale.
/// </summary>
public static class ReadModelCache
{
    public const string Policy = "read-model";

    public static IServiceCollection AddReadModelCache(this IServiceCollection services, bool enabled)
    {
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 64 * 1024 * 1024;
            options.AddPolicy(Policy, policy =>
            {
                if (!enabled)
                {
                    policy.NoCache();
                    return;
                }
                policy.Expire(TimeSpan.FromMinutes(5))
                    .SetVaryByQuery("*")
                    // CORS headers are part of a stored answer: one origin's must never be replayed to another.
                    .SetVaryByHeader("Origin")
                    .VaryByValue(context => new KeyValuePair<string, string>("generation", GenerationKey(context)));
            });
        });
        return services;
    }

    /// <summary>
    /// The read's generation, or nothing for an answer as of a settled moment: that answer holds whatever is folded
    /// later, so it stays cached across checkpoints.
    /// </summary>
    private static string GenerationKey(HttpContext context)
    {
        var asOf = context.Request.Query["asOf"].ToString();
        if (asOf.Length > 0 && AsOf.TryParse(asOf) is { } moment && context.RequestServices.GetRequiredService<TransactionTime>().IsSettled(moment))
            return "settled";
        return ReadGeneration.Of(context);
    }

    public static TBuilder CacheWhileUnchanged<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.CacheOutput(Policy);
}
