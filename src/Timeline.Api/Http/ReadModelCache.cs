using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Timeline.Projections.AsOf;
using Timeline.Projections.Runner;

namespace Timeline.Api.Http;

/// <summary>
/// Caches read-model answers for as long as the read models have not moved. The cache key holds the
/// checkpoint read when the request starts, so an answer is only ever served again at that same checkpoint:
/// the first event folded after it makes every cached answer unreachable, and none can be stale.
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
                    .VaryByValue(context => new KeyValuePair<string, string>("checkpoint", CheckpointKey(context)));
            });
        });
        return services;
    }

    /// <summary>
    /// The checkpoint, or nothing for an answer as of a settled moment: that answer holds whatever is folded later, so
    /// it stays cached across checkpoints.
    /// </summary>
    private static string CheckpointKey(HttpContext context)
    {
        var asOf = context.Request.Query["asOf"].ToString();
        if (asOf.Length > 0 && AsOf.TryParse(asOf) is { } moment && context.RequestServices.GetRequiredService<TransactionTime>().IsSettled(moment))
            return "settled";
        return context.RequestServices.GetRequiredService<ProjectionStatus>().Checkpoint.ToString(CultureInfo.InvariantCulture);
    }

    public static TBuilder CacheWhileUnchanged<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.CacheOutput(Policy);
}
