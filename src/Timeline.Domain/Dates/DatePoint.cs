using System.Globalization;

namespace Timeline.Domain.Dates;

/// <summary>One EDTF level-0 date: a year, a year and month, or a full day.</summary>
public readonly record struct DatePoint
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    private DatePoint(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day
        : Month is not null ? DatePrecision.Month
        : DatePrecision.Year;

    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    public DateOnly Latest => Day is not null ? Earliest
        : Month is not null ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value))
        : new DateOnly(Year, 12, 31);

    public static DatePoint OfDay(DateOnly day) => new(day.Year, day.Month, day.Day);

    public static DatePoint Create(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999)
            throw Invalid($"year {year} is outside 0001-9999");
        if (month is < 1 or > 12)
            throw Invalid($"month {month} does not exist");
        if (day is not null && month is null)
            throw Invalid("a day needs a month");
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
            throw Invalid($"{year:D4}-{month:D2} has no day {day}");
        return new DatePoint(year, month, day);
    }

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public static DatePoint Parse(string text)
    {
        var parts = text.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2))
            throw Invalid($"'{text}' is not YYYY, YYYY-MM or YYYY-MM-DD");
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!parts[i].All(char.IsAsciiDigit))
                throw Invalid($"'{text}' is not YYYY, YYYY-MM or YYYY-MM-DD");
            numbers[i] = int.Parse(parts[i], CultureInfo.InvariantCulture);
        }
        return Create(numbers[0], parts.Length > 1 ? numbers[1] : null, parts.Length > 2 ? numbers[2] : null);
    }

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };

    public string Display => Precision switch
    {
        DatePrecision.Day => $"{Day} {MonthNames[Month!.Value - 1]} {Year}",
        DatePrecision.Month => $"{MonthNames[Month!.Value - 1]} {Year}",
        _ => $"{Year}",
    };

    internal static DomainException Invalid(string reason) =>
        new(DomainErrors.InvalidDate, $"Invalid date: {reason}.", "date");
}
