using Timeline.Api.Validation;

namespace Timeline.Api.Http;

/// <summary>A record's revision is its ETag: <c>"3"</c>.</summary>
public static class ETags
{
    public static string Of(long revision) => $"\"{revision}\"";

    /// <summary>The revision an If-Match header names; null when there is none or it is <c>*</c>.</summary>
    public static long? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
            return null;
        if (header.StartsWith("W/", StringComparison.Ordinal))
            throw RequestValidationException.For("If-Match", "a weak ETag cannot guard a write: send the strong one, such as \"0\"");
        return header.Length > 2 && header[0] == '"' && header[^1] == '"' && long.TryParse(header[1..^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var revision) && revision >= 0
            ? revision
            : throw RequestValidationException.For("If-Match", $"'{header}' is not a record ETag such as \"0\"");
    }
}
