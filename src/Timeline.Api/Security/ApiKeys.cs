using Microsoft.Extensions.Options;

namespace Timeline.Api.Security;

/// <summary>
/// The keys that may write. The development key is published in the repository, so it opens nothing outside
/// Development even when a configuration carries it.
/// </summary>
public sealed class ApiKeys(IOptionsMonitor<ApiKeyOptions> options, IHostEnvironment environment)
{
    public const string DevelopmentKey = "dev-key-ouc-timeline";

    public IEnumerable<ApiKey> Usable => options.CurrentValue.ApiKeys.Where(key =>
        key.Key.Length > 0 && (environment.IsDevelopment() || key.Key != DevelopmentKey));

    public bool ListsDevelopmentKeyOutsideDevelopment =>
        !environment.IsDevelopment() && options.CurrentValue.ApiKeys.Any(key => key.Key == DevelopmentKey);
}
