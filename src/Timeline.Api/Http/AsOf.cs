using System.Globalization;
using Timeline.Api.Validation;

namespace Timeline.Api.Http;

/// <summary>
/// The <c>asOf</c> query parameter: a moment of transaction time. A bare day means the end of that day (UTC),
/// so "as known on 1 March 2021" includes what was recorded that day.
/// </summary>
public static class AsOf
{
    public static DateTimeOffset? Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : TryParse(text) ?? throw RequestValidationException.For("asOf", "is not a day (YYYY-MM-DD) or an ISO 8601 date and time");

    /// <summary>The moment <paramref name="text"/> names; null when it names none.</summary>
    public static DateTimeOffset? TryParse(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            return moment;
        return null;
    }
}
