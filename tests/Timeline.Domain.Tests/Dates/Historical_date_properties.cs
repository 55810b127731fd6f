using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Timeline.Domain.Dates;

namespace Timeline.Domain.Tests.Dates;

public class Historical_date_properties
{
    private static readonly Gen<DatePoint> Points =
        from precision in Gen.Elements(DatePrecision.Day, DatePrecision.Month, DatePrecision.Year)
        from year in Gen.Choose(1, 9999)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, DateTime.DaysInMonth(year, month))
        select precision switch
        {
            DatePrecision.Day => DatePoint.Create(year, month, day),
            DatePrecision.Month => DatePoint.Create(year, month),
            _ => DatePoint.Create(year),
        };

    private static readonly Gen<HistoricalDate> Intervals =
        from first in Points
        from second in Points
        select second.Earliest < first.Earliest ? HistoricalDate.Between(second, first) : HistoricalDate.Between(first, second);

    private static readonly Gen<HistoricalDate> KnownDates =
        Gen.OneOf(Points.Select(HistoricalDate.On), Intervals);

    private static readonly Gen<HistoricalDate> UnknownDates =
        Gen.OneOf(
            Gen.Constant(HistoricalDate.Unknown()),
            Points.Where(p => p.Precision == DatePrecision.Day).Select(p => HistoricalDate.Unknown(p.Earliest)));

    [Property]
    public Property Any_known_date_round_trips_through_its_EDTF_text() =>
        Prop.ForAll(Arb.From(KnownDates), date => Assert.Equal(date, HistoricalDate.Parse(date.ToString())));

    [Property]
    public Property Any_unknown_date_round_trips_through_its_EDTF_text() =>
        Prop.ForAll(Arb.From(UnknownDates), date => Assert.Equal(date, HistoricalDate.Parse(date.ToString())));

    [Property]
    public Property A_known_date_never_ends_before_it_starts() =>
        Prop.ForAll(Arb.From(KnownDates), date => Assert.True(date.Earliest <= date.Latest, $"{date}: {date.Earliest} > {date.Latest}"));

    [Property]
    public Property Sort_keys_order_known_dates_as_their_earliest_days_do() =>
        Prop.ForAll(Arb.From(KnownDates), Arb.From(KnownDates), (a, b) =>
            Assert.Equal(Math.Sign(Comparer<DateOnly?>.Default.Compare(a.Earliest, b.Earliest)), Math.Sign(a.SortKey.CompareTo(b.SortKey))));
}
