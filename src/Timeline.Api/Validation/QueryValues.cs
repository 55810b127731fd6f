using System.Globalization;
using Timeline.Domain.Records;

namespace Timeline.Api.Validation;

/// <summary>Reads the query-string values several routes share, with the same reasons when they are wrong.</summary>
public static class QueryValues
{
    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, or <paramref name="fallback"/> when absent.</summary>
    public static int Number(string? text, string field, int min, int max, int fallback, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(text))
            return fallback;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        errors.Add(field, $"must be a whole number from {min} to {max}");
        return fallback;
    }

    /// <summary>Adds the kinds named in <paramref name="text"/> (comma-separated, any letter case) to <paramref name="kinds"/>.</summary>
    public static void AddKinds(string? text, string field, List<string> kinds, ValidationErrors errors)
    {
        foreach (var kind in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ActivityKinds.TryParse(kind, out var parsed))
                kinds.Add(parsed.ToString());
            else
                errors.Add(field, $"'{kind}' is not a kind of activity: use one of {string.Join(", ", Enum.GetNames<ActivityKind>())}");
        }
    }

    /// <summary><c>true</c>, <c>false</c>, <c>1</c> or <c>0</c> (any case); absent is false.</summary>
    public static bool Boolean(string? text, string name) => text?.ToLowerInvariant() switch
    {
        null => false,
        "true" or "1" => true,
        "false" or "0" => false,
        _ => throw RequestValidationException.For(name, $"'{text}' is not a yes or no: use true, false, 1 or 0"),
    };
}
