using Timeline.Domain.Dates;

namespace Timeline.Domain.Tests.Dates;

public class Parsing_historical_dates
{
    [Theory]
    [InlineData("2018-12-17")]
    [InlineData("2014-06")]
    [InlineData("2019")]
    [InlineData("2020-11-17/2020-11-18")]
    [InlineData("2019-12/2020-01")]
    [InlineData("2019/2020-03-01")]
    [InlineData("../2024-07-20")]
    [InlineData("XXXX")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void An_EDTF_date_formats_back_to_the_same_text(string text) =>
        Assert.Equal(text, HistoricalDate.Parse(text).ToString());

    [Theory]
    [InlineData(" 2019-12 ", "2019-12")]
    [InlineData("2019/2019", "2019")]
    [InlineData("2020-11-17/2020-11-17", "2020-11-17")]
    public void Surrounding_blanks_are_dropped_and_an_interval_of_one_point_is_that_point(string text, string expected) =>
        Assert.Equal(expected, HistoricalDate.Parse(text).ToString());

    [Theory]
    [InlineData("2018-12-17", true, false)]
    [InlineData("2020-11-17/2020-11-18", true, true)]
    [InlineData("../2024-07-20", false, false)]
    [InlineData("XXXX", false, false)]
    public void A_date_tells_whether_it_is_known_and_whether_it_is_an_interval(string text, bool known, bool interval)
    {
        var date = HistoricalDate.Parse(text);

        Assert.Equal(known, date.IsKnown);
        Assert.Equal(interval, date.IsInterval);
    }

    [Fact]
    public void Parsing_the_same_text_twice_gives_equal_dates() =>
        Assert.Equal(HistoricalDate.Parse("2019-12-24/2019-12-28"), HistoricalDate.Parse("2019-12-24/2019-12-28"));

    [Fact]
    public void TryParse_gives_the_date_when_it_is_valid()
    {
        Assert.True(HistoricalDate.TryParse("2014-06", out var date, out var error));
        Assert.Equal(HistoricalDate.Parse("2014-06"), date);
        Assert.Null(error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2021-02-29")]
    [InlineData("17/12/2018")]
    public void TryParse_gives_an_error_instead_of_throwing(string? text)
    {
        Assert.False(HistoricalDate.TryParse(text, out var date, out var error));
        Assert.Null(date);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }
}
