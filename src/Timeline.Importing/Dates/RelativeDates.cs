using System.Text.RegularExpressions;
using Timeline.Domain.Dates;

namespace Timeline.Importing;

/// <summary>
/// Dates that lean on something else: on the publication date ("last month", "earlier this year", "on Wednesday", "yesterday",
/// "in mid-April"),
/// or on a day written just before ("opened on 25 May and closed the following day"). Each is read no more precisely
/// than the words: "last month" is a month, never a day.
/// </summary>
public static partial class RelativeDates
{
    public static bool TryRead(string text, DateOnly? publishedOn, out HistoricalDate date)
    {
        date = HistoricalDate.Unknown(publishedOn);
        if (publishedOn is not { } published)
            return false;
        var match = Relative().Match(text);
        if (!match.Success)
            return false;
        var month = new DateOnly(published.Year, published.Month, 1);
        if (match.Groups["thisMonth"].Success)
            date = HistoricalDate.On(DatePoint.Create(month.Year, month.Month));
        else if (match.Groups["lastMonth"].Success)
            date = HistoricalDate.On(DatePoint.Create(month.AddMonths(-1).Year, month.AddMonths(-1).Month));
        else if (match.Groups["thisYear"].Success)
            date = HistoricalDate.On(DatePoint.Create(published.Year));
        else if (match.Groups["lastYear"].Success)
            date = HistoricalDate.On(DatePoint.Create(published.Year - 1));
        else if (match.Groups["yesterday"].Success)
            date = HistoricalDate.On(DatePoint.OfDay(published.AddDays(-1)));
        else if (match.Groups["month"].Success)
        {
            // A month written without its year is the latest such month up to publication, as a yearless day is.
            var named = DateTime.ParseExact(match.Groups["month"].Value, "MMMM", System.Globalization.CultureInfo.InvariantCulture).Month;
            date = HistoricalDate.On(DatePoint.Create(named > published.Month ? published.Year - 1 : published.Year, named));
        }
        else
        {
            // A newsroom names a weekday for the days just before it writes: the latest such day, the publication day included.
            var weekday = Enum.Parse<DayOfWeek>(match.Groups["weekday"].Value, ignoreCase: true);
            var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
            date = HistoricalDate.On(DatePoint.OfDay(published.AddDays(-back)));
        }
        return true;
    }

    /// <summary>
    /// A single day followed by "and closed the following day" is those two days. A day of arrival followed by what was
    /// done "the next day" ("arrived in Nairobi on 6 February and visited ... the next day", "... on 12 September. The
    /// next day, the delegation visited ...") is that next day: getting there is no part of the visit.
    /// </summary>
    public static HistoricalDate WithFollowingDay(string text, Match match, HistoricalDate date)
    {
        if (!match.Groups["d1"].Success || match.Groups["d2"].Success || match.Groups["m2"].Success || date.End is not null
            || date.Earliest is not { } day)
            return date;
        var after = match.Index + match.Length;
        if (ArrivedBefore().IsMatch(text.AsSpan(Math.Max(0, match.Index - ArrivalReach), Math.Min(ArrivalReach, match.Index)))
            && NextDayAfterArrival().IsMatch(text, after))
            return HistoricalDate.On(DatePoint.OfDay(day.AddDays(1)));
        // "On 3 July 2024, OUC staff flew to Tashkent, where the next day they called on ...": a journey dated, and what was
        // done on arriving the next day, is that day, as after a dated arrival.
        if (JourneyThenNextDay().IsMatch(text, after))
            return HistoricalDate.On(DatePoint.OfDay(day.AddDays(1)));
        if (ClosingDay().Match(text, after) is { Success: true } closing && ClosedOn(closing, day) is { } last)
            return HistoricalDate.Between(DatePoint.OfDay(day), DatePoint.OfDay(last));
        if (!FollowingDay().IsMatch(text, after))
            return date;
        return HistoricalDate.Between(DatePoint.OfDay(day), DatePoint.OfDay(day.AddDays(1)));
    }

    /// <summary>
    /// "opened at the OUC on 8 January 2024 and closed on 19 January": the day it closed, its year the opening's when
    /// none is written, ends what began; a closing before the opening, or months after it, is no end of it.
    /// </summary>
    private static DateOnly? ClosedOn(Match closing, DateOnly opened)
    {
        var month = Array.IndexOf(MonthsByAbbreviation, closing.Groups["m"].Value[..3]) + 1;
        var year = closing.Groups["y"].Success ? int.Parse(closing.Groups["y"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : opened.Year;
        var day = int.Parse(closing.Groups["d"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        if (day > DateTime.DaysInMonth(year, month))
            return null;
        var last = new DateOnly(year, month, day);
        return last > opened && last.DayNumber - opened.DayNumber <= MaxClosingDays ? last : null;
    }

    /// <summary>Longer than any course or conference of the development parts told by its opening and closing days.</summary>
    private const int MaxClosingDays = 92;

    private static readonly string[] MonthsByAbbreviation = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>More than the longest text <see cref="ArrivedBefore"/> can match before a date.</summary>
    private const int ArrivalReach = 80;

    [GeneratedRegex(@"\b(?<thisMonth>(?:earlier|later)\s+this\s+month|this\s+month)\b|\b(?<lastMonth>last\s+month|the\s+previous\s+month)\b"
        + @"|\b(?<thisYear>(?:earlier|later)\s+this\s+year)\b|\b(?<lastYear>last\s+year)\b(?!'s|’s)|\b(?<yesterday>yesterday)\b"
        + @"|\b(?:on|last)\s+(?-i:(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b(?!,?\s{1,4}(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?!\s{0,4}\()"
        + @"|\b(?:in|during)\s+(?:(?:early|late|mid)(?:-|\s+))?(?-i:(?<month>January|February|March|April|May|June|July|August|September|October|November|December))\b(?!,?\s{0,4}\d)",
        Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\G[^.;]{0,80}?\b(?:and|then|before|,)\s+(?:\w+\s+){0,3}(?:the\s+)?(?:following|next)\s+day\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex FollowingDay();

    [GeneratedRegex(@"\G[^.;]{0,80}?\band\s+(?:\w+\s+){0,2}(?:closed|ended|finished|concluded)\s+on\s+(?:the\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))[a-z]{0,6}\.?(?:,?\s+(?<y>(?:19|20)\d{2}))?\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex ClosingDay();

    [GeneratedRegex(@"\G[^.;]{0,40}?\b(?:flew|travell?ed|went|arrived|landed)\s+(?:to|in|at)\b[^.;]{0,60}?,\s+where\s+(?:(?:on\s+)?the\s+)?(?:following|next)\s+day\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex JourneyThenNextDay();

    [GeneratedRegex(@"\b(?:arrived|arriving|landed)\b[^.;]{0,60}$", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex ArrivedBefore();

    /// <summary>The next day named in the same sentence or at the head of the next one.</summary>
    [GeneratedRegex(@"\G(?:[^.;]{0,80}?\b(?:and|then|,)\s+(?:\w+\s+){0,9}|\.\s{1,4})(?:the\s+)?(?:following|next)\s+day\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex NextDayAfterArrival();
}
