using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Timeline.Api.Http;

/// <summary>
/// What every response carries and every request is held to, before any endpoint runs: security headers, no
/// server banner, HEAD wherever GET is served, and problem details for requests too large to route.
/// </summary>
public static class HttpHygiene
{
    /// <summary>The limits the service states in problem details; Kestrel's own are set above them so it lets such requests reach us.</summary>
    public const int MaxRequestTargetBytes = 8 * 1024;
    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>
    /// Scripts and styles only from the service itself: the pages are static files with no inline script.
    /// The API reference page brings its own inline styles and scripts, so it gets a policy of its own.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string DocsContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Where Kestrel itself gives up, with a bare 414 or 431 and an empty body, before the service sees the request.
    /// Kestrel keeps a request line and its headers in memory until they are whole, so these caps are what one
    /// connection can make it hold: modest, at twice to eight times the stated limits, so that an address or headers
    /// somewhat over them still reach the service and get the problem details stating the limit.
    /// </summary>
    public const int KestrelRequestLineBytes = 64 * 1024;
    public const int KestrelHeaderBytes = 64 * 1024;

    public static void ConfigureKestrel(KestrelServerOptions kestrel)
    {
        kestrel.AddServerHeader = false;
        kestrel.Limits.MaxRequestLineSize = KestrelRequestLineBytes;
        kestrel.Limits.MaxRequestHeadersTotalSize = KestrelHeaderBytes;
    }

    private static bool IsByteRange(StringValues range) =>
        range is [var only] && only is not null && only.TrimStart().StartsWith("bytes=", StringComparison.OrdinalIgnoreCase);

    public static IApplicationBuilder UseHttpHygiene(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var response = context.Response;
        response.OnStarting(() =>
        {
            var headers = response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/docs") ? DocsContentSecurityPolicy : ContentSecurityPolicy;
            headers.Remove("Server");
            return Task.CompletedTask;
        });

        var request = context.Request;
        if (request.Path.Value?.Length + request.QueryString.Value?.Length > MaxRequestTargetBytes)
        {
            await Problems.WriteAsync(context, StatusCodes.Status414UriTooLong, "The address is too long.",
                $"The path and query may take at most {MaxRequestTargetBytes} bytes; send large filters in fewer values.");
            return;
        }
        if (request.Headers.Sum(h => h.Key.Length + h.Value.Sum(v => v?.Length ?? 0) + 4) > MaxHeaderBytes)
        {
            await Problems.WriteAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "The request headers are too large.",
                $"The headers may take at most {MaxHeaderBytes} bytes in all.");
            return;
        }

        // Files are served in byte ranges only, but the static files would read "items=-1" as its last byte: a range in
        // another unit is ignored, as HTTP says, and the whole answer sent.
        if (request.Headers.Range is { Count: > 0 } range && !IsByteRange(range))
            request.Headers.Remove(HeaderNames.Range);

        // HEAD is GET without the body: route it as GET and drop what the endpoint writes.
        if (HttpMethods.IsHead(request.Method))
        {
            request.Method = HttpMethods.Get;
            var body = response.Body;
            response.Body = Stream.Null;
            try
            {
                await next(context);
            }
            finally
            {
                response.Body = body;
                request.Method = HttpMethods.Head;
            }
            return;
        }
        await next(context);
    });
}
