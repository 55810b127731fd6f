using FsCheck;
using FsCheck.Fluent;

namespace Timeline.Domain.Tests.Dates;

/// <summary>Generators of EDTF texts of levels 0 and 1, each written the one way the service writes it back.</summary>
internal static class Level1Texts
{
    private static readonly string[] Suffixes = ["", "?", "~", "%"];

    private static Gen<string> Year(int min, int max) =>
        Gen.Choose(min, max).Select(y => (y < 0 ? "-" : "") + Math.Abs(y).ToString("D4"));

    private static Gen<(string Year, int Month, int Day)> Days(int minYear, int maxYear) =>
        from year in Gen.Choose(minYear, maxYear)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, year is >= 1 and <= 9999 ? DateTime.DaysInMonth(year, month) : 28)
        select ((year < 0 ? "-" : "") + Math.Abs(year).ToString("D4"), month, day);

    /// <summary>A day, month or year, qualified or not: what may end an interval.</summary>
    public static Gen<string> IntervalEnds(int minYear, int maxYear) =>
        from parts in Days(minYear, maxYear)
        from precision in Gen.Choose(0, 2)
        from suffix in Gen.Elements(Suffixes)
        select (precision switch
        {
            0 => $"{parts.Year}-{parts.Month:D2}-{parts.Day:D2}",
            1 => $"{parts.Year}-{parts.Month:D2}",
            _ => parts.Year,
        }) + suffix;

    /// <summary>Forms that stand alone only: unspecified digits, seasons, long years, times.</summary>
    private static Gen<string> LonePoints(int minYear, int maxYear) => Gen.OneOf(
        from year in Year(Math.Max(minYear, 0), maxYear) from digits in Gen.Choose(1, 2) select year[..^digits] + new string('X', digits),
        Year(minYear, maxYear).Select(y => y + "-XX"),
        Year(minYear, maxYear).Select(y => y + "-XX-XX"),
        from parts in Days(minYear, maxYear) select $"{parts.Year}-{parts.Month:D2}-XX",
        from year in Year(minYear, maxYear) from season in Gen.Choose(21, 24) select $"{year}-{season}",
        from parts in Days(1, 9999) from hour in Gen.Choose(0, 23) from zone in Gen.Elements("", "Z", "+05:30", "-04")
        select $"{parts.Year}-{parts.Month:D2}-{parts.Day:D2}T{hour:D2}:30:59{zone}");

    private static Gen<string> LongYears =>
        from digits in Gen.Choose(10_000, DatePointMax) from negative in Gen.Elements(false, true)
        select "Y" + (negative ? "-" : "") + digits;

    private const int DatePointMax = Timeline.Domain.Dates.DatePoint.MaxYear;

    /// <summary>Any single date or interval of level 0 or 1 within the given years (long years aside).</summary>
    public static Gen<string> Dates(int minYear, int maxYear, bool withLongYears = true)
    {
        var intervals =
            from a in IntervalEnds(minYear, maxYear)
            from b in IntervalEnds(minYear, maxYear)
            select Ordered(a, b);
        var halfOpen =
            from end in IntervalEnds(minYear, maxYear)
            from bound in Gen.Elements("..", "")
            from startOpen in Gen.Elements(false, true)
            select startOpen ? $"{bound}/{end}" : $"{end}/{bound}";
        var all = new List<Gen<string>> { IntervalEnds(minYear, maxYear), LonePoints(minYear, maxYear), intervals, halfOpen, Gen.Elements("XXXX", "XXXX-XX", "XXXX-XX-XX") };
        if (withLongYears)
            all.Add(LongYears);
        return Gen.OneOf(all.ToArray());
    }

    /// <summary>Two ends as an interval, in order; one of them alone when they are the same.</summary>
    private static string Ordered(string a, string b)
    {
        var first = Timeline.Domain.Dates.DatePoint.Parse(a);
        var second = Timeline.Domain.Dates.DatePoint.Parse(b);
        if (first == second)
            return a;
        return second.EarliestKey < first.EarliestKey ? $"{b}/{a}" : $"{a}/{b}";
    }
}
