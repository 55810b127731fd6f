using System.Net;
using System.Text.Json.Nodes;

namespace Timeline.Api.Tests;

/// <summary>Checks that a refusal is an RFC 7807 problem with the expected status and, for 400s, names the field.</summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";

    public static async Task<JsonNode> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal(ContentType, response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["title"]?.GetValue<string>()), $"The problem has no title: {text}");
        Assert.True(Uri.TryCreate(problem["type"]?.GetValue<string>(), UriKind.Absolute, out _), $"The problem's type is no absolute URI: {text}");
        return problem;
    }

    /// <summary>A 400 validation problem listing at least one reason against <paramref name="field"/>.</summary>
    public static async Task<JsonNode> AssertInvalidAsync(HttpResponseMessage response, string field)
    {
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem["errors"]?.AsObject();
        Assert.True(errors is not null, $"The problem has no errors: {problem.ToJsonString()}");
        Assert.True(errors.ContainsKey(field), $"No error against '{field}' in {errors.ToJsonString()}");
        Assert.NotEmpty(errors[field]!.AsArray());
        return problem;
    }
}
