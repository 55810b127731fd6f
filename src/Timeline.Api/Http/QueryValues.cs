using Timeline.Api.Validation;

namespace Timeline.Api.Http;

/// <summary>Query values as people write them.</summary>
public static class QueryValues
{
    /// <summary><c>true</c>, <c>false</c>, <c>1</c> or <c>0</c> (any case); absent is false.</summary>
    public static bool Boolean(string? text, string name) => text?.ToLowerInvariant() switch
    {
        null => false,
        "true" or "1" => true,
        "false" or "0" => false,
        _ => throw RequestValidationException.For(name, $"'{text}' is not a yes or no: use true, false, 1 or 0"),
    };
}
