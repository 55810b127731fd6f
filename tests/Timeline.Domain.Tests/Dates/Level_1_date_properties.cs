using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Timeline.Domain.Dates;

namespace Timeline.Domain.Tests.Dates;

public class Level_1_date_properties
{
    private static readonly Gen<string> Texts = Level1Texts.Dates(-9999, 9999);

    private static readonly Gen<DatePoint> FilterBounds =
        from year in Gen.Choose(1, 9999)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, DateTime.DaysInMonth(year, month))
        from precision in Gen.Choose(0, 2)
        select precision switch { 0 => DatePoint.Create(year, month, day), 1 => DatePoint.Create(year, month), _ => DatePoint.Create(year) };

    [Property(MaxTest = 500)]
    public Property Any_level_1_text_reads_back_exactly_as_written() =>
        Prop.ForAll(Arb.From(Texts), text => Assert.Equal(text, HistoricalDate.Parse(text).ToString()));

    [Property(MaxTest = 500)]
    public Property A_date_never_ends_before_it_starts() =>
        Prop.ForAll(Arb.From(Texts), text =>
        {
            var date = HistoricalDate.Parse(text);
            if (date.EarliestKey is { } earliest)
                Assert.True(earliest <= date.LatestKey, $"{text}: {earliest} > {date.LatestKey}");
            if (date.Earliest is { } first && date.Latest is { } last)
                Assert.True(first <= last, $"{text}: {first} > {last}");
        });

    [Property(MaxTest = 500)]
    public Property A_date_overlaps_a_range_exactly_when_it_overlaps_one_of_its_halves() =>
        Prop.ForAll(Arb.From(Texts), Arb.From(FilterBounds), Arb.From(FilterBounds), (text, a, b) =>
        {
            var (from, to) = b.Earliest < a.Earliest ? (b, a) : (a, b);
            if (to.Latest <= from.Earliest)
                return;
            var date = HistoricalDate.Parse(text);
            var split = from.Earliest.AddDays((to.Latest.DayNumber - from.Earliest.DayNumber) / 2);
            var firstHalf = date.Overlaps(DatePoint.OfDay(from.Earliest), DatePoint.OfDay(split));
            var secondHalf = date.Overlaps(DatePoint.OfDay(split.AddDays(1)), DatePoint.OfDay(to.Latest));
            Assert.Equal(firstHalf || secondHalf, date.Overlaps(from, to));
        });

    [Property(MaxTest = 500)]
    public Property Overlapping_agrees_with_comparing_the_calendar_days_themselves() =>
        Prop.ForAll(Arb.From(Level1Texts.Dates(1, 9999, withLongYears: false)), Arb.From(FilterBounds), Arb.From(FilterBounds), (text, a, b) =>
        {
            var (from, to) = b.Earliest < a.Earliest ? (b, a) : (a, b);
            var date = HistoricalDate.Parse(text);
            var expected = date.Earliest is { } earliest && earliest <= to.Latest && (date.Latest ?? DateOnly.MaxValue) >= from.Earliest;
            Assert.Equal(expected, date.Overlaps(from, to));
        });

    [Property(MaxTest = 300)]
    public Property Sort_keys_order_dates_as_their_earliest_days_do() =>
        Prop.ForAll(Arb.From(Level1Texts.Dates(1, 9999, withLongYears: false)), Arb.From(Level1Texts.Dates(1, 9999, withLongYears: false)), (x, y) =>
        {
            var (a, b) = (HistoricalDate.Parse(x), HistoricalDate.Parse(y));
            if (a.Earliest is { } first && b.Earliest is { } second)
                Assert.Equal(Math.Sign(first.CompareTo(second)), Math.Sign(a.SortKey.CompareTo(b.SortKey)));
            else if (a.Earliest is not null)
                Assert.True(a.SortKey < b.SortKey, $"{x} should sort before {y}, which has no earliest day");
        });
}
