namespace Timeline.Api.Http;

/// <summary>A body sent without a content type the endpoint reads.</summary>
public sealed class UnsupportedMediaTypeException(string? given, params string[] accepted)
    : Exception($"The body was sent as {(string.IsNullOrEmpty(given) ? "no Content-Type at all" : $"'{given}'")}: send it with Content-Type: {string.Join(" or ", accepted)}.");
