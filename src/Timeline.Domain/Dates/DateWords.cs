using System.Globalization;

namespace Timeline.Domain.Dates;

/// <summary>Dates in words for people, saying no more than the date does.</summary>
internal static class DateWords
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public static string Of(DatePoint point) => point.Qualifier.Words() + Unqualified(point);

    public static string MonthName(int month) => MonthNames[month - 1];

    /// <summary>Astronomical years as people count them: year 0 is 1 BCE, -1985 is 1986 BCE.</summary>
    public static string Year(long year) => year > 0
        ? year.ToString(CultureInfo.InvariantCulture)
        : (1 - year).ToString(CultureInfo.InvariantCulture) + " BCE";

    private static string Unqualified(DatePoint point)
    {
        var year = Year(point.Year);
        if (point.Day is { } day)
            return $"{day} {MonthName(point.Month!.Value)} {year}" + TimeOfDay(point.Time);
        if (point.Month is { } month)
            return $"{MonthName(month)} {year}" + (point.Parts.DayUnspecified ? ", day unknown" : "");
        if (point.Season is { } season)
            return season switch { 21 => "spring", 22 => "summer", 23 => "autumn", _ => "winter" } + " " + year;
        if (point.Parts.MonthUnspecified)
            return year + (point.Parts.DayUnspecified ? ", month and day unknown" : ", month unknown");
        return point.UnspecifiedYearDigits switch
        {
            0 => year,
            _ when point.Year < 0 => $"one of the years {Year(point.Year - (long)Math.Pow(10, point.UnspecifiedYearDigits) + 1)} to {year}",
            _ => $"the {point.Year}s",
        };
    }

    private static string TimeOfDay(string? time) => time switch
    {
        null => "",
        _ when time.EndsWith('Z') => $", {time[1..^1]} UTC",
        _ when time.Length > 9 => $", {time[1..9]} (UTC{time[9..]})",
        _ => $", {time[1..]}",
    };
}
