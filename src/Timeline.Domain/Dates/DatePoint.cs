using System.Globalization;

namespace Timeline.Domain.Dates;

/// <summary>
/// One EDTF date (level 0 and level 1): a day, a month, a season (<c>2018-21</c>) or a year, possibly with
/// unspecified digits (<c>2018-12-XX</c>, <c>201X</c>), a qualifier (<c>2018?</c>, <c>2018-06~</c>,
/// <c>2018-06-11%</c>), a negative year (<c>-1985</c>) or one of more than four digits (<c>Y170000002</c>), or a
/// day with its time (<c>1985-04-12T23:20:30Z</c>).
/// </summary>
public readonly record struct DatePoint
{
    /// <summary>The largest year a date may name (nine digits): years travel as whole numbers.</summary>
    public const int MaxYear = 999_999_999;

    internal DatePoint(int year, int? month, int? day, DateParts parts = default)
    {
        Year = year;
        Month = month;
        Day = day;
        Parts = parts;
    }

    /// <summary>The year as written, unspecified digits read as 0 (<c>201X</c> is 2010, <c>-198X</c> is -1980).</summary>
    public int Year { get; }

    /// <summary>1-12; null for a season, a year, or an unspecified month.</summary>
    public int? Month { get; }

    public int? Day { get; }

    internal DateParts Parts { get; }

    /// <summary>21 spring, 22 summer, 23 autumn, 24 winter.</summary>
    public int? Season => Parts.Season;

    public DateQualifier Qualifier => Parts.Qualifier;

    /// <summary>How many of the year's last digits are unspecified (<c>X</c>): 0 to 2.</summary>
    public int UnspecifiedYearDigits => Parts.UnspecifiedYearDigits;

    /// <summary>The time of day after <c>T</c>, with its zone, exactly as written; null for a date alone.</summary>
    public string? Time => Parts.Time;

    public DatePrecision Precision => Day is not null ? DatePrecision.Day
        : Month is not null ? DatePrecision.Month
        : Season is not null ? DatePrecision.Season
        : UnspecifiedYearDigits switch { 1 => DatePrecision.Decade, 2 => DatePrecision.Century, _ => DatePrecision.Year };

    /// <summary>The first day the date can mean, clamped to <see cref="DateOnly"/>'s range (see <see cref="DayKey"/>).</summary>
    public DateOnly Earliest => First.Clamped;

    /// <summary>The last day the date can mean, clamped to <see cref="DateOnly"/>'s range.</summary>
    public DateOnly Latest => Last.Clamped;

    public int EarliestKey => First.Key;
    public int LatestKey => Last.Key;

    /// <summary>The years the unspecified digits leave open: 201X is 2010-2019, -198X is -1989 to -1980.</summary>
    private (long First, long Last) Years
    {
        get
        {
            var span = (long)Math.Pow(10, UnspecifiedYearDigits) - 1;
            return Year < 0 ? (Year - span, Year) : (Year, Year + span);
        }
    }

    internal CalendarDay First => Season switch
    {
        // Seasons are the meteorological ones of the northern hemisphere, where our sources are.
        21 => CalendarDay.FirstOf(Year, 3),
        22 => CalendarDay.FirstOf(Year, 6),
        23 => CalendarDay.FirstOf(Year, 9),
        24 => CalendarDay.FirstOf(Year, 12),
        _ => new CalendarDay(Years.First, Month ?? 1, Day ?? 1),
    };

    internal CalendarDay Last => Season switch
    {
        21 => CalendarDay.LastOf(Year, 5),
        22 => CalendarDay.LastOf(Year, 8),
        23 => CalendarDay.LastOf(Year, 11),
        24 => CalendarDay.LastOf(Year + 1L, 2),
        _ when Day is { } day => new CalendarDay(Year, Month!.Value, day),
        _ when Month is { } month => CalendarDay.LastOf(Year, month),
        _ => CalendarDay.LastOf(Years.Last),
    };

    public static DatePoint OfDay(DateOnly day) => new(day.Year, day.Month, day.Day);

    /// <summary>A plain day, month or year (EDTF level 0), checked.</summary>
    public static DatePoint Create(int year, int? month = null, int? day = null)
    {
        DatePointRules.CheckYear(year);
        DatePointRules.CheckMonthAndDay(year, month, day);
        return new DatePoint(year, month, day);
    }

    /// <summary>Parses one EDTF date of level 0 or 1 (not an interval).</summary>
    public static DatePoint Parse(string text) => DatePointParser.Parse(text);

    /// <summary>
    /// Parses only <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> of the years 0001-9999: the bounds of a
    /// date filter, which needs exact days.
    /// </summary>
    public static DatePoint ParseCalendarDate(string text)
    {
        var point = DatePointParser.Parse(text);
        if (point.Parts != default || point.Year < 1 || point.Year > 9999)
            throw Invalid($"'{text}' is not YYYY, YYYY-MM or YYYY-MM-DD of the years 0001-9999");
        return point;
    }

    public override string ToString()
    {
        var text = Math.Abs((long)Year) > 9999
            ? "Y" + Year.ToString(CultureInfo.InvariantCulture)
            : (Year < 0 ? "-" : "") + Math.Abs(Year).ToString("D4", CultureInfo.InvariantCulture);
        if (UnspecifiedYearDigits > 0)
            text = text[..^UnspecifiedYearDigits] + new string('X', UnspecifiedYearDigits);
        if (Month is { } month)
            text += $"-{month:D2}";
        else if (Season is { } season)
            text += $"-{season}";
        else if (Parts.MonthUnspecified)
            text += "-XX";
        if (Day is { } day)
            text += $"-{day:D2}";
        else if (Parts.DayUnspecified)
            text += "-XX";
        return text + Time + Qualifier.Suffix();
    }

    /// <summary>A form for people: "17 December 2018", "about 2018", "December 2018, day unknown", "the 2010s".</summary>
    public string Display => DateWords.Of(this);

    internal static DomainException Invalid(string reason) =>
        new(DomainErrors.InvalidDate, $"Invalid date: {reason}.", "date");
}

/// <summary>What a level-1 date adds to a plain day, month or year; all empty for level 0.</summary>
internal readonly record struct DateParts(
    int? Season = null,
    int UnspecifiedYearDigits = 0,
    bool MonthUnspecified = false,
    bool DayUnspecified = false,
    DateQualifier Qualifier = DateQualifier.None,
    string? Time = null);
