using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Domain.Dates;

/// <summary>Reads one EDTF date of level 0 or 1, naming exactly what is wrong when it is not one.</summary>
internal static partial class DatePointParser
{
    private const string Forms = "use YYYY, YYYY-MM or YYYY-MM-DD, with ?, ~ or % after it when unsure, X for unspecified digits, "
        + "21-24 for a season, or two of them as an interval A/B";

    [GeneratedRegex(@"^(?<year>Y-?[0-9]+|-?[0-9X]{4})(?:-(?<month>[0-9X]{2})(?:-(?<day>[0-9X]{2}))?)?(?<time>T[^?~%]*)?(?<qualifier>[?~%])?$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"^T(?<h>[0-9]{2}):(?<m>[0-9]{2}):(?<s>[0-9]{2})(?:Z|[+-](?<zh>[0-9]{2})(?::(?<zm>[0-9]{2}))?)?$")]
    private static partial Regex TimeShape();

    public static DatePoint Parse(string text)
    {
        var match = Shape().Match(text);
        if (!match.Success)
            throw DatePoint.Invalid($"'{text}' is not an EDTF date: {Forms}");
        var yearText = match.Groups["year"].Value;
        var monthText = match.Groups["month"].Success ? match.Groups["month"].Value : null;
        var dayText = match.Groups["day"].Success ? match.Groups["day"].Value : null;
        var time = match.Groups["time"].Success ? match.Groups["time"].Value : null;
        var qualifier = match.Groups["qualifier"].Success ? DateQualifiers.FromSuffix(match.Groups["qualifier"].Value[0]) : DateQualifier.None;

        if (yearText.StartsWith('Y'))
        {
            if (monthText is not null || time is not null || qualifier != DateQualifier.None)
                throw DatePoint.Invalid($"'{text}': a year written with Y stands alone, with no month, day, time or qualifier");
            return new DatePoint(LongYear(yearText[1..]), null, null);
        }
        var (year, unspecifiedYearDigits) = PlainYear(yearText);
        var parts = new DateParts(UnspecifiedYearDigits: unspecifiedYearDigits, Qualifier: qualifier);
        if (unspecifiedYearDigits > 0 && (monthText is not null || qualifier != DateQualifier.None || time is not null))
            throw DatePoint.Invalid($"'{text}': a year with unspecified digits ({yearText}) stands alone, with no month, day or qualifier");

        int? month = null;
        if (monthText == "XX")
            parts = parts with { MonthUnspecified = true };
        else if (monthText is not null)
        {
            var number = TwoDigits(monthText, "month");
            if (number is >= 21 and <= 24)
                parts = parts with { Season = number };
            else
                month = MonthOrSeason(number);
        }
        int? day = null;
        if (dayText == "XX")
            parts = parts with { DayUnspecified = true };
        else if (dayText is not null)
            day = TwoDigits(dayText, "day");

        if (parts.Season is not null && (dayText is not null || qualifier != DateQualifier.None))
            throw DatePoint.Invalid($"'{text}': a season stands alone, with no day or qualifier");
        if (parts.MonthUnspecified && day is not null)
            throw DatePoint.Invalid($"'{text}': a day cannot follow an unspecified month (write {yearText}-XX-XX)");
        if ((parts.MonthUnspecified || parts.DayUnspecified) && qualifier != DateQualifier.None)
            throw DatePoint.Invalid($"'{text}': a date with unspecified digits cannot also carry ?, ~ or %");
        DatePointRules.CheckMonthAndDay(year, month, day);
        if (time is not null)
            parts = parts with { Time = CheckedTime(text, time, day, qualifier) };
        return new DatePoint(year, month, day, parts);
    }

    private static int LongYear(string digits)
    {
        var magnitude = digits.TrimStart('-');
        if (magnitude.Length <= 4)
            throw DatePoint.Invalid($"a year written with Y needs more than four digits (write {digits} without the Y)");
        if (magnitude[0] == '0')
            throw DatePoint.Invalid($"the year Y{digits} starts with a zero");
        if (magnitude.Length > 9)
            throw DatePoint.Invalid($"the year Y{digits} has more than nine digits, which is beyond what we store");
        return int.Parse(digits, CultureInfo.InvariantCulture);
    }

    private static (int Year, int UnspecifiedDigits) PlainYear(string text)
    {
        var negative = text.StartsWith('-');
        var digits = negative ? text[1..] : text;
        var unspecified = digits.Length - digits.TrimEnd('X').Length;
        if (unspecified == 4)
            throw DatePoint.Invalid($"'{text}' leaves the whole year unspecified: write XXXX for an unknown date");
        if (digits[..^unspecified].Contains('X'))
            throw DatePoint.Invalid($"in '{text}' only the last digits of the year can be unspecified (X)");
        if (unspecified == 3)
            throw DatePoint.Invalid($"'{text}': at level 1 only the last one or two digits of a year can be unspecified (X)");
        var year = int.Parse(digits.Replace('X', '0'), CultureInfo.InvariantCulture);
        if (negative && year == 0 && unspecified == 0)
            throw DatePoint.Invalid("there is no year -0000 (write 0000)");
        return (negative ? -year : year, unspecified);
    }

    private static int TwoDigits(string text, string what)
    {
        if (!text.All(char.IsAsciiDigit))
            throw DatePoint.Invalid($"the {what} '{text}' must be two digits, or XX when unspecified");
        return int.Parse(text, CultureInfo.InvariantCulture);
    }

    private static int MonthOrSeason(int number) => number switch
    {
        >= 1 and <= 12 => number,
        >= 25 and <= 41 => throw DatePoint.Invalid(
            $"season {number} is not supported: seasons are 21 (spring), 22 (summer), 23 (autumn) and 24 (winter)"),
        _ => throw DatePoint.Invalid($"month {number:D2} does not exist: months are 01-12 and seasons 21-24"),
    };

    private static string CheckedTime(string text, string time, int? day, DateQualifier qualifier)
    {
        var match = TimeShape().Match(time);
        if (day is null || qualifier != DateQualifier.None || !match.Success)
            throw DatePoint.Invalid($"'{text}': a time goes after a full day as Thh:mm:ss, with Z or +hh:mm if known, and no qualifier");
        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        if (Part("h") > 23 || Part("m") > 59 || Part("s") > 59 || Part("zh") > 14 || Part("zm") > 59)
            throw DatePoint.Invalid($"'{text}' has a time of day that does not exist");
        return time;
    }
}

internal static class DatePointRules
{
    public static void CheckYear(long year)
    {
        if (Math.Abs(year) > DatePoint.MaxYear)
            throw DatePoint.Invalid($"year {year} has more than nine digits, which is beyond what we store");
    }

    public static void CheckMonthAndDay(long year, int? month, int? day)
    {
        if (month is < 1 or > 12)
            throw DatePoint.Invalid($"month {month:D2} does not exist");
        if (day is not null && month is null)
            throw DatePoint.Invalid("a day needs a month");
        if (day is not null && (day < 1 || day > CalendarDay.DaysInMonth(year, month!.Value)))
            throw DatePoint.Invalid($"{year:D4}-{month:D2} has no day {day}");
    }
}
