using System.Text.Json.Serialization;

namespace Timeline.Domain.Dates;

/// <summary>
/// When something happened, with no more precision than the source gives. Stored and exchanged as EDTF
/// (ISO 8601-2) level 0 and level 1: one <see cref="DatePoint"/> (<c>2018-12-17</c>, <c>2014-06~</c>,
/// <c>2018-21</c>, <c>201X</c>), an interval of two (<c>2020-11-17/2020-11-18</c>, <c>1984?/2004%</c>), an interval
/// with an open (<c>2018-12-01/..</c>) or unknown (<c>2018/</c>) end or start (<c>../2024-07-20</c>, <c>/2018</c>),
/// or wholly unknown (<c>XXXX</c>).
/// </summary>
/// <remarks>
/// A date whose start is open or unknown has no earliest day: like a wholly unknown date it sorts after every
/// date that has one, and a from/to filter leaves it out. A date whose end is open or unknown has no latest day:
/// it overlaps every range that ends on or after its start.
/// </remarks>
[JsonConverter(typeof(HistoricalDateJsonConverter))]
public sealed record HistoricalDate
{
    public const string UnknownText = "XXXX";

    /// <summary>Sort key of every date with no earliest day: after every other.</summary>
    public const int UnknownSortKey = 99_999_999;

    private static readonly string[] UnknownForms = [UnknownText, "XXXX-XX", "XXXX-XX-XX"];

    private string UnknownForm { get; init; } = UnknownText;

    private HistoricalDate(DatePoint? start, DatePoint? end, IntervalBound startBound, IntervalBound endBound)
    {
        Start = start;
        End = end;
        StartBound = startBound;
        EndBound = endBound;
    }

    /// <summary>The date, or the start of an interval; null when the start is open or unknown.</summary>
    public DatePoint? Start { get; }

    /// <summary>The known end of an interval; null for one date, and for an interval whose end is open or unknown.</summary>
    public DatePoint? End { get; }

    public IntervalBound StartBound { get; }
    public IntervalBound EndBound { get; }

    public bool IsKnown => Start is not null;
    public bool IsInterval => Start is not null && (End is not null || EndBound != IntervalBound.Known);

    /// <summary>When the start is open or unknown, the last day it can have been (for an announcement, its publication).</summary>
    public DateOnly? NotAfter => Start is null ? End?.Latest : null;

    /// <summary>The first day meant, clamped to <see cref="DateOnly"/>'s range; null when the start is not known.</summary>
    public DateOnly? Earliest => Start?.Earliest;

    /// <summary>The last day meant, clamped to <see cref="DateOnly"/>'s range; null when the end is open or unknown.</summary>
    public DateOnly? Latest => (End ?? (EndBound == IntervalBound.Known ? Start : null))?.Latest;

    /// <summary>The <see cref="DayKey"/> of the earliest day, as timelines store it; null when the start is not known.</summary>
    public int? EarliestKey => Start?.EarliestKey;

    /// <summary>The <see cref="DayKey"/> of the latest day; <see cref="DayKey.OpenEnd"/> when a known start has no end.</summary>
    public int? LatestKey => End?.LatestKey ?? (Start is not { } start ? null
        : EndBound == IntervalBound.Known ? start.LatestKey : DayKey.OpenEnd);

    /// <summary>The coarsest precision of the date's known parts.</summary>
    public DatePrecision Precision => Start is not { } start ? DatePrecision.Unknown
        : End is { } end && end.Precision > start.Precision ? end.Precision
        : start.Precision;

    /// <summary>The year an activity is counted under: the year of its earliest day.</summary>
    public int? Year => Start is { } start ? (int)start.First.Year : null;

    /// <summary>The <see cref="DayKey"/> of the earliest day; dates with no earliest day sort last.</summary>
    public int SortKey => EarliestKey ?? UnknownSortKey;

    /// <summary>
    /// Whether the date can fall within <paramref name="from"/>..<paramref name="to"/>: the rule a timeline's date
    /// filter applies (its SQL states the same on the stored day keys). A date with no earliest day never does.
    /// </summary>
    public bool Overlaps(DatePoint? from, DatePoint? to) =>
        (from is null && to is null)
        || (EarliestKey is { } earliest && LatestKey >= (from?.EarliestKey ?? int.MinValue) && earliest <= (to?.LatestKey ?? int.MaxValue));

    public static HistoricalDate Unknown(DateOnly? notAfter = null) => notAfter is { } day
        ? new HistoricalDate(null, DatePoint.OfDay(day), IntervalBound.Open, IntervalBound.Known)
        : new HistoricalDate(null, null, IntervalBound.Unknown, IntervalBound.Unknown);

    public static HistoricalDate On(DatePoint point) => new(point, null, IntervalBound.Known, IntervalBound.Known);

    public static HistoricalDate Between(DatePoint start, DatePoint end)
    {
        if (end.First < start.First)
            throw new DomainException(DomainErrors.IntervalEndsBeforeStart,
                $"The interval ends ({end}) before it starts ({start}).", "date");
        return start == end ? On(start) : new HistoricalDate(start, end, IntervalBound.Known, IntervalBound.Known);
    }

    /// <summary>From <paramref name="start"/> on, with an open (<c>..</c>) or unknown (empty) end.</summary>
    public static HistoricalDate From(DatePoint start, IntervalBound end) =>
        new(start, null, IntervalBound.Known, Missing(end));

    /// <summary>Up to <paramref name="end"/>, with an open (<c>..</c>) or unknown (empty) start.</summary>
    public static HistoricalDate Until(DatePoint end, IntervalBound start) =>
        new(null, end, Missing(start), IntervalBound.Known);

    public static HistoricalDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
            throw DatePoint.Invalid("the date is empty (use XXXX for an unknown date)");
        if (UnknownForms.Contains(trimmed))
            return Unknown() with { UnknownForm = trimmed };
        var parts = trimmed.Split('/');
        if (parts.Length == 1)
            return On(DatePoint.Parse(trimmed));
        if (parts.Length > 2)
            throw DatePoint.Invalid($"'{trimmed}' has more than one '/': an interval is START/END");
        var (left, right) = (parts[0], parts[1]);
        return (Bound(left), Bound(right)) switch
        {
            (not IntervalBound.Known, not IntervalBound.Known) =>
                throw DatePoint.Invalid($"'{trimmed}': an interval needs at least one known end"),
            (var start, IntervalBound.Known) when start != IntervalBound.Known => Until(IntervalEnd(right), start),
            (IntervalBound.Known, var end) when end != IntervalBound.Known => From(IntervalEnd(left), end),
            _ => Between(IntervalEnd(left), IntervalEnd(right)),
        };
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

    /// <summary>The EDTF form, exactly as it was given (surrounding blanks aside, and A/A written as A).</summary>
    public override string ToString() => (Start, End) switch
    {
        (null, null) => UnknownForm,
        (null, { } end) => $"{BoundText(StartBound)}/{end}",
        ({ } start, null) when EndBound == IntervalBound.Known => start.ToString(),
        ({ } start, null) => $"{start}/{BoundText(EndBound)}",
        ({ } start, { } end) => $"{start}/{end}",
    };

    /// <summary>A form for people: "17-18 November 2020", "about 2018", "from 1 December 2018, end open".</summary>
    public string Display => (Start, End) switch
    {
        (null, null) => "date unknown",
        (null, { } end) when StartBound == IntervalBound.Open => $"date unknown (by {end.Display})",
        (null, { } end) => $"until {end.Display}, start unknown",
        ({ } start, null) when EndBound == IntervalBound.Known => start.Display,
        ({ } start, null) => $"from {start.Display}, end {(EndBound == IntervalBound.Open ? "open" : "unknown")}",
        ({ } start, { } end) when start.Precision == DatePrecision.Day && end.Precision == DatePrecision.Day
            && start.Year == end.Year && start.Month == end.Month && start.Parts == default && end.Parts == default
            => $"{start.Day}-{end.Display}",
        ({ } start, { } end) => $"{start.Display} - {end.Display}",
    };

    private static IntervalBound Bound(string text) => text switch
    {
        ".." => IntervalBound.Open,
        "" => IntervalBound.Unknown,
        _ => IntervalBound.Known,
    };

    private static IntervalBound Missing(IntervalBound bound) => bound == IntervalBound.Known
        ? throw new ArgumentOutOfRangeException(nameof(bound), "an open or unknown end is meant")
        : bound;

    private static string BoundText(IntervalBound bound) => bound == IntervalBound.Open ? ".." : "";

    /// <summary>At level 1 an end of an interval is a day, month or year, qualified or not.</summary>
    private static DatePoint IntervalEnd(string text)
    {
        if (text.StartsWith(UnknownText, StringComparison.Ordinal))
            throw DatePoint.Invalid($"'{text}' cannot end an interval: leave an unknown end empty (2018/) and write an open one as .. (2018/..)");
        var point = DatePoint.Parse(text);
        if (point.Season is not null || point.Time is not null || Math.Abs((long)point.Year) > 9999
            || point.UnspecifiedYearDigits > 0 || point.Parts.MonthUnspecified || point.Parts.DayUnspecified)
            throw DatePoint.Invalid($"'{text}' cannot end an interval: an end is a day, month or year (with ?, ~ or % if unsure)");
        return point;
    }
}
