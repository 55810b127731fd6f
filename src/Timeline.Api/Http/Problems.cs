using Microsoft.AspNetCore.Mvc;

namespace Timeline.Api.Http;

/// <summary>Writes RFC 7807 problem details from middleware, the same way the endpoints' refusals are written.</summary>
public static class Problems
{
    public static Task WriteAsync(HttpContext context, int status, string title, string detail) =>
        WriteAsync(context, new ProblemDetails { Status = status, Title = title, Detail = detail });

    public static Task WriteValidationAsync(HttpContext context, IDictionary<string, string[]> errors) =>
        WriteAsync(context, new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid.",
            Detail = string.Join("; ", errors.Select(e => $"{e.Key} {string.Join(", ", e.Value)}")),
        });

    private static async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status!.Value;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }))
            await context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
