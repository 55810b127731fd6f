using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Timeline.Api.Http;

/// <summary>
/// How every refusal is written, whoever refuses: each problem says what was wrong (a refusal that came with no
/// detail, such as routing's 404 or 405, gets one naming the method and path), and is written as
/// <c>application/problem+json</c> whatever the request's <c>Accept</c> allowed, since an empty 4xx tells nothing.
/// </summary>
public static class ProblemWriting
{
    private const int LongestPathShown = 200;

    public static IServiceCollection AddTimelineProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Detail ??= DetailFor(context.HttpContext, context.ProblemDetails.Status);
            context.ProblemDetails.Type ??= TypeFor(context.ProblemDetails.Status);
        });
        // After the framework's own writer, which is kept wherever the request accepts JSON.
        services.AddSingleton<IProblemDetailsWriter, ProblemWriterForAnyAccept>();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services;
    }

    /// <summary>
    /// Where each status is defined, as the problem's <c>type</c>: the framework names only some statuses (not 429 or
    /// 431, say), and none when the request's <c>Accept</c> sends the problem through our own writer.
    /// </summary>
    private static readonly Dictionary<int, string> Definitions = new()
    {
        [400] = "rfc9110#section-15.5.1", [401] = "rfc9110#section-15.5.2", [403] = "rfc9110#section-15.5.4",
        [404] = "rfc9110#section-15.5.5", [405] = "rfc9110#section-15.5.6", [406] = "rfc9110#section-15.5.7",
        [408] = "rfc9110#section-15.5.9", [409] = "rfc9110#section-15.5.10", [410] = "rfc9110#section-15.5.11",
        [411] = "rfc9110#section-15.5.12", [412] = "rfc9110#section-15.5.13", [413] = "rfc9110#section-15.5.14",
        [414] = "rfc9110#section-15.5.15", [415] = "rfc9110#section-15.5.16", [416] = "rfc9110#section-15.5.17",
        [422] = "rfc9110#section-15.5.21", [428] = "rfc6585#section-3", [429] = "rfc6585#section-4",
        [431] = "rfc6585#section-5", [500] = "rfc9110#section-15.6.1", [501] = "rfc9110#section-15.6.2",
        [502] = "rfc9110#section-15.6.3", [503] = "rfc9110#section-15.6.4", [504] = "rfc9110#section-15.6.5",
    };

    private static string? TypeFor(int? status) =>
        status is { } known && Definitions.TryGetValue(known, out var section) ? "https://tools.ietf.org/html/" + section : null;

    private static string? DetailFor(HttpContext context, int? status)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "";
        var shown = path.Length <= LongestPathShown ? path : path[..LongestPathShown] + "…";
        return status switch
        {
            // Routing refuses a body of the wrong type before any handler runs: still say what to send.
            StatusCodes.Status415UnsupportedMediaType =>
                $"The body was sent as '{request.ContentType}': send it with Content-Type: application/json.",
            StatusCodes.Status404NotFound =>
                $"Nothing is served at '{shown}': a path segment is missing, empty or unknown. The routes are listed in /openapi/v1.json.",
            StatusCodes.Status405MethodNotAllowed => $"'{shown}' does not take {request.Method}. The routes are listed in /openapi/v1.json.",
            { } other => ReasonPhrases.GetReasonPhrase(other) is { Length: > 0 } phrase ? phrase + "." : null,
            null => null,
        };
    }

    /// <summary>Writes the problem for a request whose <c>Accept</c> the framework's writer declines (say <c>application/xml</c>).</summary>
    private sealed class ProblemWriterForAnyAccept(IOptions<ProblemDetailsOptions> options, IOptions<JsonOptions> json) : IProblemDetailsWriter
    {
        public bool CanWrite(ProblemDetailsContext context) => true;

        public ValueTask WriteAsync(ProblemDetailsContext context)
        {
            var problem = context.ProblemDetails;
            var response = context.HttpContext.Response;
            problem.Status ??= response.StatusCode;
            problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
            problem.Extensions.TryAdd("traceId", System.Diagnostics.Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
            options.Value.CustomizeProblemDetails?.Invoke(context);
            return new ValueTask(response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json"));
        }
    }
}
