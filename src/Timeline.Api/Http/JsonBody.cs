using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Timeline.Api.Validation;
using Timeline.EventStore.Serialization;

namespace Timeline.Api.Http;

/// <summary>
/// Reads a JSON request body within the size limit and reports any problem against its field, so a bad
/// body is refused with a reason before anything runs.
/// </summary>
public sealed class JsonBody(IOptions<ApiOptions> options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonSerializerOptions Strict = new(EventJson.Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        // A number is a JSON number, and a key said twice is a mistake, not "the last one wins".
        NumberHandling = JsonNumberHandling.Strict,
        AllowDuplicateProperties = false,
    };

    public async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken, int? limit = null) where T : class
    {
        if (!request.HasJsonContentType())
            throw new UnsupportedMediaTypeException(request.ContentType, "application/json");
        RequireUtf8(request, "application/json");
        using var buffer = await ReadBytesAsync(request, limit ?? options.Value.MaxBodyBytes, cancellationToken);
        if (buffer.Length == 0)
            throw RequestValidationException.For("body", "is empty: send a JSON object");
        var json = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        T read;
        try
        {
            read = JsonSerializer.Deserialize<T>(json, Strict) ?? throw RequestValidationException.For("body", "is null: send a JSON object");
        }
        catch (JsonException e)
        {
            throw RequestValidationException.For(FieldOf(e), ReasonOf(e));
        }
        if (ControlCharacters.FirstInJson(json) is var (field, reason))
            throw RequestValidationException.For(field, reason);
        return read;
    }

    /// <summary>A plain-text body, within <paramref name="limit"/> bytes; bytes that are not UTF-8 are refused, never replaced.</summary>
    public async Task<string> ReadTextAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        RequireUtf8(request, "text/plain");
        using var buffer = await ReadBytesAsync(request, limit, cancellationToken);
        string text;
        try
        {
            text = StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException e)
        {
            throw RequestValidationException.For("body", $"is not valid UTF-8: byte {e.Index + 1} does not begin or continue a character");
        }
        if (ControlCharacters.Reason(text) is { } reason)
            throw RequestValidationException.For("body", reason);
        return text;
    }

    /// <summary>The service reads bodies as UTF-8 only: a body that says it is in another charset would be misread.</summary>
    private static void RequireUtf8(HttpRequest request, string mediaType)
    {
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.Charset is { Length: > 0 } charset
            && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            throw new UnsupportedMediaTypeException(request.ContentType, $"{mediaType} (in UTF-8: charset=utf-8 or none)");
    }

    private static async Task<MemoryStream> ReadBytesAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
            throw TooLarge(limit);
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
                throw TooLarge(limit);
            buffer.Write(chunk, 0, read);
        }
        return buffer;
    }

    private static BodyRefusedException TooLarge(int limit) =>
        new(StatusCodes.Status413PayloadTooLarge, $"is larger than the limit of {limit} bytes");

    private static string FieldOf(JsonException e)
    {
        var path = e.Path is null or "$" ? "body" : e.Path.TrimStart('$').TrimStart('.');
        if (e.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal)
            && path == "body" && e.Message.Split('\'') is [_, var property, ..])
            return property;
        return path;
    }

    private static string ReasonOf(JsonException e)
    {
        if (e.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
            return "is not a known field";
        if (e.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
            return "is given more than once";
        // A string's bytes or escapes that make no text are refused by the reader inside the conversion.
        if (e.InnerException is InvalidOperationException { Message: var text } && text.Contains("UTF-8", StringComparison.Ordinal))
            return "is not valid UTF-8 text";
        if (e.InnerException is InvalidOperationException { Message: var escape } && escape.Contains("surrogate", StringComparison.OrdinalIgnoreCase))
            return "holds an unpaired surrogate escape (\\uD800 to \\uDFFF alone), which is not a character";
        if (e.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
            return "has a value of the wrong type";
        var line = e.LineNumber is { } l ? $" (line {l + 1}, byte {e.BytePositionInLine + 1})" : "";
        return $"is not valid JSON{line}: {e.Message.Split(" Path:")[0].Split(" LineNumber:")[0]}";
    }
}

/// <summary>A body refused as a whole, for its size (413) or its media type (415); nothing was written.</summary>
public sealed class BodyRefusedException(int status, string reason) : Exception(reason)
{
    public int Status { get; } = status;
}
