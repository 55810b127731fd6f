namespace Timeline.Domain.Dates;

/// <summary>
/// A day of the proleptic Gregorian calendar with astronomical year numbers (year 0 is 1 BCE), for any year a
/// date can name, including those <see cref="DateOnly"/> cannot hold.
/// </summary>
internal readonly record struct CalendarDay(long Year, int Month, int Day) : IComparable<CalendarDay>
{
    public static bool IsLeapYear(long year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInMonth(long year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    public static CalendarDay FirstOf(long year, int month = 1) => new(year, month, 1);

    public static CalendarDay LastOf(long year, int month = 12) => new(year, month, DaysInMonth(year, month));

    public int CompareTo(CalendarDay other) =>
        (Year, Month, Day).CompareTo((other.Year, other.Month, other.Day));

    public static bool operator <(CalendarDay left, CalendarDay right) => left.CompareTo(right) < 0;
    public static bool operator >(CalendarDay left, CalendarDay right) => left.CompareTo(right) > 0;
    public static bool operator <=(CalendarDay left, CalendarDay right) => left.CompareTo(right) <= 0;
    public static bool operator >=(CalendarDay left, CalendarDay right) => left.CompareTo(right) >= 0;

    /// <summary>The day as a <see cref="DateOnly"/>, clamped to 0001-01-01 .. 9999-12-31 outside that range.</summary>
    public DateOnly Clamped => Year < 1 ? DateOnly.MinValue
        : Year > 9999 ? DateOnly.MaxValue
        : new DateOnly((int)Year, Month, Day);

    /// <summary>The day's <see cref="DayKey"/>.</summary>
    public int Key => DayKey.Of(Year, Month, Day);
}
