using System.Collections.Concurrent;
using System.Reflection;

namespace Timeline.Api.Http;

/// <summary>The query parameters an endpoint reads by hand, beyond those its handler binds by name.</summary>
public sealed record AcceptedQuery(IReadOnlyList<string> Names);

/// <summary>
/// Refuses a query parameter the endpoint does not read, naming it: a misspelt filter (<c>?kind=</c> where the
/// endpoint reads <c>kinds</c>, <c>?dry-run=</c> for <c>dryRun</c>) would otherwise be ignored and answer
/// something other than what was asked.
/// </summary>
public static class StrictQuery
{
    private static readonly ConcurrentDictionary<Endpoint, HashSet<string>?> Accepted = new();

    public static TBuilder AcceptsQuery<TBuilder>(this TBuilder builder, params string[] names) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AcceptedQuery(names));

    public static IApplicationBuilder UseStrictQuery(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.QueryString.HasValue && context.GetEndpoint() is { } endpoint && NamesFor(endpoint) is { } accepted)
        {
            var unknown = context.Request.Query.Keys.Where(key => !accepted.Contains(key)).Order(StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                await Problems.WriteValidationAsync(context, unknown.ToDictionary(key => key, key =>
                    new[] { $"is not a parameter of this endpoint: it reads {Describe(accepted)}" }));
                return;
            }
        }
        await next(context);
    });

    private static string Describe(HashSet<string> accepted) =>
        accepted.Count == 0 ? "none" : string.Join(", ", accepted.Order(StringComparer.Ordinal));

    /// <summary>Null for endpoints that are not the API's own handlers (static pages read their query in the browser).</summary>
    private static HashSet<string>? NamesFor(Endpoint endpoint) => Accepted.GetOrAdd(endpoint, static endpoint =>
    {
        var handler = endpoint.Metadata.GetMetadata<MethodInfo>();
        var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "";
        if (handler is null || !route.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
            return null;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in handler.GetParameters())
            AddBound(parameter, names);
        foreach (var accepted in endpoint.Metadata.GetOrderedMetadata<AcceptedQuery>())
            names.UnionWith(accepted.Names);
        return names;
    });

    private static void AddBound(ParameterInfo parameter, HashSet<string> names)
    {
        if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
        {
            // A positional record carries the names on its constructor's parameters; a plain class on its properties.
            var constructor = parameter.ParameterType.GetConstructors().MaxBy(c => c.GetParameters().Length);
            if (constructor is { } primary && primary.GetParameters().Length > 0)
            {
                foreach (var inner in primary.GetParameters())
                    AddBound(inner, names);
            }
            else
            {
                foreach (var property in parameter.ParameterType.GetProperties())
                    names.Add(property.GetCustomAttribute<Microsoft.AspNetCore.Mvc.FromQueryAttribute>()?.Name ?? property.Name);
            }
            return;
        }
        if (IsQueryShaped(parameter.ParameterType))
            names.Add(parameter.GetCustomAttribute<Microsoft.AspNetCore.Mvc.FromQueryAttribute>()?.Name ?? parameter.Name ?? "");
    }

    /// <summary>Text and plain values come from the query or the route; services and the request itself do not.</summary>
    private static bool IsQueryShaped(Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain == typeof(string) || (plain.IsValueType && plain != typeof(CancellationToken));
    }
}
