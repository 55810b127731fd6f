using Timeline.Domain.Dates;

namespace Timeline.Domain.Tests.Dates;

public class Bounds_and_precision_of_dates
{
    [Theory]
    [InlineData("2018-12-17", "2018-12-17", "2018-12-17")]
    [InlineData("2014-06", "2014-06-01", "2014-06-30")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("2019", "2019-01-01", "2019-12-31")]
    [InlineData("2020-11-17/2020-11-18", "2020-11-17", "2020-11-18")]
    [InlineData("2019-12/2020-01", "2019-12-01", "2020-01-31")]
    [InlineData("2019/2020", "2019-01-01", "2020-12-31")]
    public void A_known_date_spans_from_its_earliest_to_its_latest_day(string text, string earliest, string latest)
    {
        var date = HistoricalDate.Parse(text);

        Assert.Equal(DateOnly.Parse(earliest), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest), date.Latest);
    }

    [Fact]
    public void An_unknown_date_bounded_by_its_publication_has_only_a_latest_day()
    {
        var date = HistoricalDate.Parse("../2024-07-20");

        Assert.Null(date.Earliest);
        Assert.Equal(new DateOnly(2024, 7, 20), date.Latest);
        Assert.Equal(new DateOnly(2024, 7, 20), date.NotAfter);
    }

    [Fact]
    public void A_wholly_unknown_date_has_no_bounds()
    {
        var date = HistoricalDate.Parse("XXXX");

        Assert.Null(date.Earliest);
        Assert.Null(date.Latest);
    }

    [Theory]
    [InlineData("2018-12-17", DatePrecision.Day)]
    [InlineData("2014-06", DatePrecision.Month)]
    [InlineData("2019", DatePrecision.Year)]
    [InlineData("2020-11-17/2020-11-18", DatePrecision.Day)]
    [InlineData("2019-12/2020-01", DatePrecision.Month)]
    [InlineData("2019-12-30/2020", DatePrecision.Year)]
    [InlineData("2019/2020-01-05", DatePrecision.Year)]
    [InlineData("../2024-07-20", DatePrecision.Unknown)]
    [InlineData("XXXX", DatePrecision.Unknown)]
    public void The_precision_of_a_date_is_that_of_its_coarsest_part(string text, DatePrecision precision) =>
        Assert.Equal(precision, HistoricalDate.Parse(text).Precision);

    [Theory]
    [InlineData("2018-12-17", 2018)]
    [InlineData("2019-12-24/2020-01-02", 2019)]
    [InlineData("2014-06", 2014)]
    [InlineData("../2024-07-20", null)]
    [InlineData("XXXX", null)]
    public void A_date_is_counted_under_the_year_of_its_earliest_day(string text, int? year) =>
        Assert.Equal(year, HistoricalDate.Parse(text).Year);
}
