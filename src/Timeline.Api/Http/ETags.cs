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
        var value = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return long.TryParse(value.Trim('"'), out var revision) && revision >= 0
            ? revision
            : throw RequestValidationException.For("If-Match", $"'{header}' is not a record ETag such as \"0\"");
    }
}
