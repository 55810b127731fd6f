namespace Timeline.Domain.Dates;

/// <summary>
/// A day as one sortable whole number, <c>yyyyMMdd</c> with the year's sign (2018-12-17 is 20181217, -1985-04-12
/// is -19849588), as the read models store and compare days. The keys of years 1-9999 are those the read model
/// has always stored. Years beyond ±9999 (written with <c>Y</c>) all share one key on their side: no filter can
/// name them, so only their order among themselves is lost, and the date's text keeps the year.
/// </summary>
public static class DayKey
{
    /// <summary>Every day after the year 9999.</summary>
    public const int AfterYear9999 = 99_999_000;

    /// <summary>Every day before the year -9999.</summary>
    public const int BeforeYearMinus9999 = -99_999_000;

    /// <summary>The latest day of a date whose end is open or unknown: after every real day, so it overlaps any later range.</summary>
    public const int OpenEnd = 99_999_999;

    public static int Of(long year, int month, int day) => year switch
    {
        > 9999 => AfterYear9999,
        < -9999 => BeforeYearMinus9999,
        // Month and day add less than 10,000, so a negative year's days still ascend with the calendar.
        _ => (int)year * 10_000 + month * 100 + day,
    };

    public static int Of(DateOnly day) => Of(day.Year, day.Month, day.Day);
}
