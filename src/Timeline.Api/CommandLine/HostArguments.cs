namespace Timeline.Api.CommandLine;

/// <summary>
/// The host settings <c>serve</c> passes on to ASP.NET Core's configuration: <c>--Key=value</c>,
/// <c>--Section:Key value</c>, and the host's own <c>--environment</c>, <c>--contentRoot</c>,
/// <c>--applicationName</c>. A bare word or an unknown single-word option is refused, so a mistyped verb
/// or flag never starts a server.
/// </summary>
public static class HostArguments
{
    private static readonly string[] HostKeys = ["environment", "contentRoot", "applicationName", "urls"];

    public static bool TryCollect(IReadOnlyList<string> tokens, out List<string> settings, out string? error)
    {
        settings = [];
        error = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var separator = token.IndexOf('=', StringComparison.Ordinal);
            var key = token.StartsWith("--", StringComparison.Ordinal) ? (separator < 0 ? token[2..] : token[2..separator]) : "";
            if (!(separator >= 0 ? IsPath(key) : IsSettingKey(key)))
            {
                error = token.StartsWith('-') ? $"Unknown option '{token}'." : $"Unknown verb or argument '{token}'.";
                return false;
            }
            if (separator >= 0)
            {
                settings.Add(token);
                continue;
            }
            if (i + 1 >= tokens.Count || tokens[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                error = $"The setting '{token}' needs a value: --{key}=VALUE or --{key} VALUE.";
                return false;
            }
            settings.Add($"--{key}={tokens[++i]}");
        }
        return true;
    }

    /// <summary>Without a value joined by '=', only a host key or a section path can take the next word as its value.</summary>
    private static bool IsSettingKey(string key) =>
        HostKeys.Contains(key, StringComparer.OrdinalIgnoreCase) || (key.Contains(':', StringComparison.Ordinal) && IsPath(key));

    private static bool IsPath(string key) => key.Split(':').All(IsName);

    private static bool IsName(string part) =>
        part.Length > 0 && char.IsAsciiLetterOrDigit(part[0]) && part.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.');
}
