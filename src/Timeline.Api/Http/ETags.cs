using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Api.Validation;

namespace Timeline.Api.Http;

/// <summary>
/// Entity tags. A record's revision is its ETag (<c>"3"</c>); a read of the read models is tagged by the
/// generation it was read at (<see cref="ReadGeneration"/>) and the request's path and query (<c>"c42-1f0a9b3c"</c>,
/// <c>"t40-9e1d22a0"</c>): the same question at the same generation has the same answer, so the tag is known before
/// anything is read. An answer as of a settled moment is tagged by the position it was read at (<c>"a17-1f0a9b3c"</c>).
/// </summary>
public static class ETags
{
    public static string Of(long revision) => $"\"{revision}\"";

    public static string OfRead(string generation, HttpRequest request) => $"\"{generation}-{QuestionHash(request)}\"";

    /// <summary>An answer as of a settled moment, read at <paramref name="position"/>: the same for as long as the log lasts.</summary>
    public static string OfSettledRead(long position, HttpRequest request) => $"\"a{position}-{QuestionHash(request)}\"";

    private static string QuestionHash(HttpRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(request.Path.Value + request.QueryString.Value)).AsSpan(0, 4));

    /// <summary>Whether If-None-Match names <paramref name="tag"/> (or is <c>*</c>); weak comparison, as RFC 9110 asks.</summary>
    public static bool NoneMatchHits(HttpRequest request, string tag)
    {
        foreach (var header in request.Headers.IfNoneMatch)
        {
            foreach (var candidate in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (candidate == "*" || (candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate) == tag)
                    return true;
            }
        }
        return false;
    }

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

    /// <summary>
    /// Answers 304 with no body when the caller already holds <paramref name="tag"/>; otherwise tags the response
    /// with it and returns null, so the caller answers as usual.
    /// </summary>
    public static StatusCodeHttpResult? NotModifiedOrTag(HttpContext context, string tag)
    {
        context.Response.Headers.ETag = tag;
        return NoneMatchHits(context.Request, tag) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : null;
    }
}
