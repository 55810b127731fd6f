using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Timeline.Api.Tests.Hostile;

/// <summary>One request the sweep sent and what came back; its correlation id ties it to any event it wrote.</summary>
public sealed record SentRequest(Guid Correlation, string What, string Method, int Status, TimeSpan Elapsed, string Body);

/// <summary>
/// Sends requests and holds every answer to the service's promise for hostile input: never a 5xx; a 4xx is
/// <c>application/problem+json</c> with a <c>detail</c> or <c>errors</c> saying what was wrong; every answer within
/// <see cref="AnswerBound"/>. What breaks the promise is kept as a finding rather than stopping the sweep.
/// </summary>
public sealed class HostileSweep(HttpClient http)
{
    /// <summary>Generous for a loaded CI machine; the sweep prints its slowest answer beside it.</summary>
    public static readonly TimeSpan AnswerBound = TimeSpan.FromSeconds(10);

    private readonly List<string> _findings = [];

    public List<SentRequest> Sent { get; } = [];

    public IReadOnlyList<string> Findings => _findings;

    public int Unsendable { get; private set; }

    public void Find(string finding) => _findings.Add(finding);

    public async Task SendAsync(SweptOperation operation, string what, string pathAndQuery, byte[]? body = null,
        string? contentType = "application/json", IEnumerable<(string Name, string Value)>? headers = null)
    {
        HttpRequestMessage request;
        try
        {
            request = new HttpRequestMessage(new HttpMethod(operation.Method), new Uri(pathAndQuery, UriKind.Relative));
        }
        catch (UriFormatException)
        {
            Unsendable++;
            return;
        }
        var correlation = Guid.NewGuid();
        var label = $"{operation.Name} with {what}";
        using (request)
        {
            request.Headers.Add("X-Correlation-Id", correlation.ToString());
            if (operation.Method == "POST")
                request.Headers.Add("X-Api-Key", TimelineApiFactory.Key);
            foreach (var (name, value) in headers ?? [])
                request.Headers.TryAddWithoutValidation(name, value);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                if (contentType is not null && !request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType))
                    request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/octet-stream");
            }
            using var deadline = new CancellationTokenSource(AnswerBound * 3);
            var clock = Stopwatch.StartNew();
            try
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
                var mediaType = response.Content.Headers.ContentType?.MediaType;
                var text = mediaType == "text/event-stream" ? "" : await response.Content.ReadAsStringAsync(deadline.Token);
                var answer = new SentRequest(correlation, label, operation.Method, (int)response.StatusCode, clock.Elapsed, text);
                Sent.Add(answer);
                Check(answer, mediaType);
            }
            catch (InvalidOperationException e) when (e.Message.Contains("null characters", StringComparison.Ordinal))
            {
                // The in-process test host will not carry a NUL in a path; Kestrel answers it with an empty 400 before the app.
                Unsendable++;
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException or InvalidOperationException)
            {
                Find($"{label}: no answer after {clock.Elapsed.TotalSeconds:0.0} s ({e.GetType().Name}: {e.Message})");
            }
        }
    }

    private void Check(SentRequest answer, string? mediaType)
    {
        var shown = $"{answer.What}: {answer.Status} {Cut(answer.Body)}";
        if (answer.Elapsed > AnswerBound)
            Find($"{shown} took {answer.Elapsed.TotalSeconds:0.0} s, over {AnswerBound.TotalSeconds} s");
        if (answer.Status >= 500)
        {
            Find($"{shown} is a server error");
            return;
        }
        if (answer.Status < 400)
            return;
        if (mediaType != Problems.ContentType)
        {
            Find($"{shown} came as '{mediaType}', not problem details");
            return;
        }
        if (!SaysWhatWasWrong(answer.Body))
            Find($"{shown} has neither a detail nor errors");
    }

    private static bool SaysWhatWasWrong(string body)
    {
        try
        {
            var problem = JsonNode.Parse(body);
            var detail = problem?["detail"] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text);
            var errors = problem?["errors"] is JsonObject fields && fields.Count > 0
                && fields.All(field => field.Value is JsonArray reasons && reasons.Count > 0);
            return detail || errors;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static string Cut(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
