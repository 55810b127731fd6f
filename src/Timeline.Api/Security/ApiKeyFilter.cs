using System.Security.Cryptography;
using System.Text;

namespace Timeline.Api.Security;

/// <summary>Lets a write through only with a configured <c>X-Api-Key</c>; remembers the key's name as the caller.</summary>
public sealed class ApiKeyFilter(ApiKeys keys) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";
    private const string CallerItem = "timeline.caller";

    public static string CallerName(HttpContext context) =>
        context.Items[CallerItem] as string ?? throw new InvalidOperationException("The endpoint is not behind the API key filter.");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var presented = context.HttpContext.Request.Headers[HeaderName].ToString();
        var match = presented.Length == 0 ? null : keys.Usable.FirstOrDefault(k => Same(k.Key, presented));
        if (match is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "An API key is required to write.",
                detail: presented.Length == 0 ? $"Send a configured key in the {HeaderName} header." : $"The {HeaderName} given is not a configured key.");
        }
        context.HttpContext.Items[CallerItem] = match.Name;
        return await next(context);
    }

    private static bool Same(string expected, string presented) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
