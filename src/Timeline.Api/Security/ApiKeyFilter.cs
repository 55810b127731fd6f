using System.Security.Cryptography;
using System.Text;

namespace Timeline.Api.Security;

/// <summary>
/// Lets a write through only with a configured <c>X-Api-Key</c>, within the write limits; remembers the key's
/// name as the caller.
/// </summary>
public sealed class ApiKeyFilter(ApiKeys keys, WriteLimits limits) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";
    private const string CallerItem = "timeline.caller";

    public static string CallerName(HttpContext context) =>
        context.Items[CallerItem] as string ?? throw new InvalidOperationException("The endpoint is not behind the API key filter.");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "local";
        if (limits.IsLockedOut(address))
            return TooMany(http, failedKeys: true);
        var presented = http.Request.Headers[HeaderName].ToString();
        var match = presented.Length == 0 ? null : keys.Usable.FirstOrDefault(k => Same(k.Key, presented));
        if (match is null)
        {
            if (presented.Length > 0 && !limits.CountFailure(address))
                return TooMany(http, failedKeys: true);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "An API key is required to write.",
                detail: presented.Length == 0 ? $"Send a configured key in the {HeaderName} header." : $"The {HeaderName} given is not a configured key.");
        }
        if (!limits.TryWrite(match.Name))
            return TooMany(http, failedKeys: false);
        http.Items[CallerItem] = match.Name;
        return await next(context);
    }

    private static IResult TooMany(HttpContext http, bool failedKeys)
    {
        var seconds = WriteLimits.RetryAfterSeconds(failedKeys);
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: failedKeys ? "Too many wrong API keys from this address." : "Too many writes.",
            detail: failedKeys
                ? $"Writes from this address are refused for now; try again in {seconds} s with a configured key."
                : $"This key is over its write rate; try again in {seconds} s.");
    }

    private static bool Same(string expected, string presented) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
