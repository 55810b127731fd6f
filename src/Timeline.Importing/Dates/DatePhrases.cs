using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Domain;
using Timeline.Domain.Dates;
using Timeline.Domain.Records;

namespace Timeline.Importing;

/// <summary>
/// Finds when an announcement says its activity happened, as an EDTF date no more precise than the words:
/// "17-18 November 2020", "From September 25th to 28th, 2011", "on the 16th of October, 2018", "In June 2014",
/// "29.10.2019", "in 2014-2015", "the last day of 2019".
/// A day and month with no year take the year of publication; "recently" or no date at all is unknown,
/// bounded by the publication date when it is known.
/// </summary>
public static partial class DatePhrases
{
    // Month names count only when capitalised: "may" is a verb.
    private const string Months = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
    private const string Month1 = @"(?-i:(?<m1>" + Months + @")\b)\.?";
    private const string Month2 = @"(?-i:(?<m2>" + Months + @")\b)\.?";
    private const string Day1 = @"(?<d1>\d{1,2})(?:st|nd|rd|th)?";
    private const string Day2 = @"(?<d2>\d{1,2})(?:st|nd|rd|th)?";
    private const string Year1 = @"(?<y1>(?:19|20)\d{2})";
    private const string Year2 = @"(?<y2>(?:19|20)\d{2})";
    private const string To = @"\s{0,4}(?:-|–|—|to|until|till|and)\s{0,4}";
    // "early March", "mid-2018": the words narrow nothing the date can say, so they are read past.
    private const string Part = @"(?:early\s+|mid-|late\s+|the\s+end\s+of\s+)?";

    /// <param name="kind">
    /// The kind read, when known. A signing, a gift or a prize happens on one day of the occasion it wins over: "During a
    /// visit from 12 to 15 December, ... signed ... on 13 December" is the 13th. And a body's founding ("WOU was founded in
    /// 2006") dates the activity only when the activity is a launch.
    /// </param>
    public static HistoricalDate Find(string text, DateOnly? publishedOn, out bool stated, ActivityKind? kind = null)
    {
        stated = true;
        // Every pattern needs a number; most paragraphs without one are dated "recently" or not at all.
        foreach (var pattern in text.AsSpan().IndexOfAnyInRange('0', '9') < 0 ? [] : Patterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (pattern == InYear() && kind is not ActivityKind.ProgrammeLaunched && FoundingBefore().IsMatch(text.AsSpan(Math.Max(0, match.Index - 24), Math.Min(24, match.Index))))
                    continue;
                if (TryBuild(match, publishedOn, out var date))
                {
                    date = RelativeDates.WithFollowingDay(text, match, date);
                    return kind is ActivityKind.AgreementSigned or ActivityKind.DonationMade or ActivityKind.CompetitionHeld && date.End is not null
                        ? DayWithin(text, match, date) ?? date
                        : date;
                }
            }
        }
        // "last month", "on Wednesday": only the publication date can place them, and only when no date is written out.
        if (RelativeDates.TryRead(text, publishedOn, out var relative))
            return relative;
        stated = false;
        return HistoricalDate.Unknown(publishedOn);
    }

    /// <summary>A single day written apart from <paramref name="range"/> and lying inside it; a day without a year takes the range's.</summary>
    private static HistoricalDate? DayWithin(string text, Match range, HistoricalDate span)
    {
        foreach (var pattern in (Regex[])[NumericDay(), DayFirst(), MonthFirst()])
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (match.Index < range.Index + range.Length && match.Index + match.Length > range.Index)
                    continue;
                if (TryBuild(match, span.Latest, out var day) && day.Precision == DatePrecision.Day && day.End is null
                    && day.Earliest >= span.Earliest && day.Latest <= span.Latest)
                    return day;
            }
        }
        return null;
    }

    private static bool TryBuild(Match match, DateOnly? publishedOn, out HistoricalDate date, int yearsBack = 0)
    {
        date = HistoricalDate.Unknown(publishedOn);
        var endYear = Number(match, "y2") ?? Number(match, "y1");
        var startYear = Number(match, "y1") ?? endYear;
        if (match.Groups["edge"].Success && startYear is { } year)
        {
            // "the last day of 2019", "the last day of February 2024": the first or last day of the year or month.
            var first = match.Groups["edge"].Value.Equals("first", StringComparison.OrdinalIgnoreCase);
            var month = MonthOf(match, "m1");
            date = HistoricalDate.On(month is { } m
                ? DatePoint.Create(year, m, first ? 1 : DateTime.DaysInMonth(year, m))
                : first ? DatePoint.Create(year, 1, 1) : DatePoint.Create(year, 12, 31));
            return true;
        }
        if (endYear is null && match.Groups["m1"].Success && match.Groups["d1"].Success)
            endYear = startYear = publishedOn?.Year - yearsBack;
        if (startYear is null)
            return false;
        try
        {
            var startMonth = MonthOf(match, "m1") ?? Number(match, "n1");
            var endMonth = MonthOf(match, "m2") ?? startMonth;
            var start = DatePoint.Create(startYear.Value, startMonth, startMonth is null ? null : Number(match, "d1"));
            if (!match.Groups["d2"].Success && !match.Groups["m2"].Success && !match.Groups["y2"].Success)
                date = HistoricalDate.On(start);
            else
                date = HistoricalDate.Between(start, DatePoint.Create(endYear!.Value, endMonth, endMonth is null ? null : Number(match, "d2") ?? Number(match, "d1")));
            // A yearless day after the publication date belongs to the year before.
            if (yearsBack == 0 && !match.Groups["y1"].Success && !match.Groups["y2"].Success && date.Earliest > publishedOn)
                return TryBuild(match, publishedOn, out date, yearsBack: 1);
            return true;
        }
        catch (DomainException)
        {
            return false;
        }
    }

    private static int? Number(Match match, string group) =>
        match.Groups[group].Success
            ? group == "d1" && match.Groups["w1"].Success ? OrdinalDay(match.Groups["w1"].Value) : int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture)
            : null;

    /// <summary>"twenty-third" is 23: the tens' word, then the units' ordinal after a hyphen or a space, or an ordinal alone.</summary>
    private static int OrdinalDay(string words)
    {
        var lower = words.ToLowerInvariant();
        var tens = lower.StartsWith("thirt", StringComparison.Ordinal) ? 30 : lower.StartsWith("twent", StringComparison.Ordinal) ? 20 : 0;
        var units = tens == 0 ? lower : lower.IndexOfAny(['-', ' ']) is var cut and > 0 ? lower[(cut + 1)..].Trim() : "";
        return tens + (units.Length == 0 ? 0 : Array.IndexOf(OrdinalWords, units) + 1);
    }

    private static readonly string[] OrdinalWords =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
         "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];

    /// <summary>The days of a month written as ordinal words, "the twenty-third of May": the tens before the units.</summary>
    private const string DayWords = @"(?<w1>(?<d1>)(?:(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|twentieth|(?:thir|four|fif|six|seven|eigh|nine)teenth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth))";

    private static int? MonthOf(Match match, string group) => match.Groups[group].Success
        ? match.Groups[group].ValueSpan[..3] switch
        {
            "Jan" => 1, "Feb" => 2, "Mar" => 3, "Apr" => 4, "May" => 5, "Jun" => 6,
            "Jul" => 7, "Aug" => 8, "Sep" => 9, "Oct" => 10, "Nov" => 11, _ => 12,
        }
        : null;

    /// <summary>Most precise first: ranges across months, ranges within a month, days, ranges of months or years, months, years.</summary>
    private static readonly Regex[] Patterns =
    [
        NumericDay(), AcrossMonthsDayFirst(), AcrossMonthsMonthFirst(), WithinMonthDayFirst(), WithinMonthMonthFirst(), DayFirst(), MonthFirst(),
        EdgeOfYear(), MonthRange(), YearRange(), InMonth(), MonthAndYear(), InYear(), PartOfYear(),
    ];

    /// <summary>
    /// "2019-06-18", "2019.06.18" and "29.10.2019": written in figures, the year first with hyphens or dots, or the day first
    /// with dots. With slashes the day comes first in some countries and the month in others, so "28/08/2018" and
    /// "08/28/2018" are read only where one of the two numbers cannot be a month; "05/08/2018" is no date.
    /// </summary>
    [GeneratedRegex(@"(?<![\d./-])(?:" + Year1 + @"(?:-(?<n1>0[1-9]|1[0-2])-(?<d1>0[1-9]|[12]\d|3[01])|\.(?<n1>0[1-9]|1[0-2])\.(?<d1>0[1-9]|[12]\d|3[01]))|(?<d1>0?[1-9]|[12]\d|3[01])\.(?<n1>0?[1-9]|1[0-2])\." + Year1
        + @"|(?<d1>1[3-9]|2\d|3[01])/(?<n1>0?[1-9]|1[0-2])/" + Year1 + @"|(?<n1>0?[1-9]|1[0-2])/(?<d1>1[3-9]|2\d|3[01])/" + Year1 + @")(?![\d./-]\d)", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex NumericDay();

    [GeneratedRegex(@"\b(?:the\s+)?(?<edge>first|last)\s+day\s+of\s+(?:the\s+year\s+|" + Month1 + @",?\s+)?" + Year1 + @"\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex EdgeOfYear();

    [GeneratedRegex(@"\b" + Day1 + @"\s+(?:of\s+)?" + Month1 + @",?(?:\s+" + Year1 + ")?" + To + Day2 + @"\s+(?:of\s+)?" + Month2 + @",?\s+" + Year2, Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex AcrossMonthsDayFirst();

    [GeneratedRegex(@"\b" + Month1 + @"\s+" + Day1 + @",?(?:\s+" + Year1 + ")?" + To + Month2 + @"\s+" + Day2 + @",?\s+" + Year2, Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex AcrossMonthsMonthFirst();

    [GeneratedRegex(@"\b" + Day1 + To + @"(?:the\s+)?" + Day2 + @"\s+(?:of\s+)?" + Month1 + @"(?:,?\s+" + Year1 + ")?", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex WithinMonthDayFirst();

    [GeneratedRegex(@"\b" + Month1 + @"\s+" + Day1 + To + Day2 + @",?(?:\s+" + Year1 + ")?", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex WithinMonthMonthFirst();

    [GeneratedRegex(@"\b(?:(?:the\s+)?" + Day1 + @"\s+(?:of\s+|day\s+of\s+)?|the\s+" + DayWords + @"\s+(?:day\s+)?of\s+)" + Month1 + @",?(?:\s+" + Year1 + @")?\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"\b" + Month1 + @"\s+(?:the\s+)?" + Day1 + @"(?:,?\s+" + Year1 + @")?\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?:from|between)\s+" + Part + Month1 + @"(?:\s+" + Year1 + ")?" + To + Part + Month2 + @",?\s+" + Year2 + @"\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"\b(?:(?:from|between)\s+" + Year1 + To + Year2 + @"|(?:in|during|over)\s+(?:the\s+)?" + Year1 + @"\s{0,2}[-–/]\s{0,2}" + Year2 + @")\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"\b(?:in|during|since|of|from|by|throughout)\s+" + Part + Month1 + @"(?:\s+of)?,?\s+" + Year1 + @"\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex InMonth();

    [GeneratedRegex(@"\b" + Month1 + @"\s+" + Year1 + @"\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex MonthAndYear();

    /// <summary>"was founded in", "established in": what comes next is when a body began.</summary>
    [GeneratedRegex(@"\b(?:founded|established|set\s+up|created)\s{1,4}$", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex FoundingBefore();

    [GeneratedRegex(@"\b(?:in|during|throughout|at|for)\s+(?:early\s+|mid-|late\s+|the\s+year\s+|the\s+)?" + Year1 + @"\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex InYear();

    /// <summary>
    /// "the summer of 2019", "mid-2017", "late 2018": a season or part of a year is kept as the year, since a season
    /// means different months on either side of the equator and "mid" has no edges.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:spring|summer|autumn|winter|fall)\s+(?:(?:term|semester|session)\s+)?(?:of\s+)?|(?:the\s+)?(?:fall|first\s+half|second\s+half|latter\s+half|(?:first|second|third|fourth|last|final)\s+quarter|middle|beginning|start|end|close|course)\s+of\s+(?:the\s+year\s+)?|mid-|mid\s+|early\s+|late\s+)" + Year1 + @"\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex PartOfYear();
}
