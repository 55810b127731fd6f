using System.Text.Json.Serialization;

namespace Timeline.Domain.Dates;

/// <summary>
/// When something happened, with no more precision than the source gives. Stored and exchanged as
/// EDTF (ISO 8601-2): a day, month or year (<c>2018-12-17</c>, <c>2014-06</c>, <c>2019</c>), an interval
/// of those (<c>2020-11-17/2020-11-18</c>), or unknown, either bounded by the day it was published
/// (<c>../2024-07-20</c>) or not bounded at all (<c>XXXX</c>).
/// </summary>
[JsonConverter(typeof(HistoricalDateJsonConverter))]
public sealed record HistoricalDate
{
    public const string UnknownText = "XXXX";

    /// <summary>Sort key of every unknown date: after every known one.</summary>
    public const int UnknownSortKey = 99_999_999;

    private HistoricalDate(DatePoint? start, DatePoint? end, DateOnly? notAfter)
    {
        Start = start;
        End = end;
        NotAfter = notAfter;
    }

    public DatePoint? Start { get; }

    /// <summary>Set only for intervals.</summary>
    public DatePoint? End { get; }

    /// <summary>For an unknown date, the last day it can have been (the publication date) when known.</summary>
    public DateOnly? NotAfter { get; }

    public bool IsKnown => Start is not null;
    public bool IsInterval => End is not null;

    public DateOnly? Earliest => Start?.Earliest;
    public DateOnly? Latest => End?.Latest ?? Start?.Latest ?? NotAfter;

    /// <summary>The coarsest precision of the date's parts.</summary>
    public DatePrecision Precision => Start is not { } start ? DatePrecision.Unknown
        : End is { } end && end.Precision > start.Precision ? end.Precision
        : start.Precision;

    /// <summary>The year an activity is counted under: the year of its earliest day.</summary>
    public int? Year => Start?.Year;

    /// <summary>yyyyMMdd of the earliest day; unknown dates sort last.</summary>
    public int SortKey => Earliest is { } day ? day.Year * 10_000 + day.Month * 100 + day.Day : UnknownSortKey;

    public static HistoricalDate Unknown(DateOnly? notAfter = null) => new(null, null, notAfter);

    public static HistoricalDate On(DatePoint point) => new(point, null, null);

    public static HistoricalDate Between(DatePoint start, DatePoint end)
    {
        if (end.Earliest < start.Earliest)
            throw new DomainException(DomainErrors.IntervalEndsBeforeStart,
                $"The interval ends ({end}) before it starts ({start}).", "date");
        return start == end ? On(start) : new HistoricalDate(start, end, null);
    }

    public static HistoricalDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
            throw DatePoint.Invalid("the date is empty (use XXXX for an unknown date)");
        if (trimmed == UnknownText)
            return Unknown();
        var slash = trimmed.IndexOf('/');
        if (slash < 0)
            return On(DatePoint.Parse(trimmed));
        var left = trimmed[..slash];
        var right = trimmed[(slash + 1)..];
        if (left == "..")
        {
            var bound = DatePoint.Parse(right);
            if (bound.Precision != DatePrecision.Day)
                throw DatePoint.Invalid("the bound of an unknown date must be a full day, e.g. ../2024-07-20");
            return Unknown(bound.Earliest);
        }
        return Between(DatePoint.Parse(left), DatePoint.Parse(right));
    }

    public static bool TryParse(string? text, out HistoricalDate? date, out string? error)
    {
        date = null;
        error = null;
        if (text is null)
        {
            error = "the date is missing";
            return false;
        }
        try
        {
            date = Parse(text);
            return true;
        }
        catch (DomainException e)
        {
            error = e.Message;
            return false;
        }
    }

    /// <summary>The EDTF form.</summary>
    public override string ToString() => (Start, End) switch
    {
        (null, _) => NotAfter is { } bound ? $"../{DatePoint.OfDay(bound)}" : UnknownText,
        ({ } start, null) => start.ToString(),
        ({ } start, { } end) => $"{start}/{end}",
    };

    /// <summary>A form for people: "17-18 November 2020", "June 2014", "date unknown (by 20 July 2024)".</summary>
    public string Display => (Start, End) switch
    {
        (null, _) => NotAfter is { } bound ? $"date unknown (by {DatePoint.OfDay(bound).Display})" : "date unknown",
        ({ } start, null) => start.Display,
        ({ } start, { } end) when start.Precision == DatePrecision.Day && end.Precision == DatePrecision.Day
            && start.Year == end.Year && start.Month == end.Month => $"{start.Day}-{end.Display}",
        ({ } start, { } end) => $"{start.Display} - {end.Display}",
    };
}
