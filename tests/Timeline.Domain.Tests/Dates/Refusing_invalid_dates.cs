using Timeline.Domain.Dates;

namespace Timeline.Domain.Tests.Dates;

public class Refusing_invalid_dates
{
    [Theory]
    [InlineData("2020-11-18/2020-11-17")]
    [InlineData("2020/2019")]
    [InlineData("2019-12/2019-11-30")]
    public void An_interval_ending_before_it_starts_is_refused(string text) =>
        AssertRefused(text, DomainErrors.IntervalEndsBeforeStart);

    [Theory]
    [InlineData("2020-13-01")]
    [InlineData("2020-00")]
    [InlineData("2021-02-29")]
    [InlineData("2018-12-32")]
    [InlineData("2018-04-31")]
    [InlineData("0000")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("17/12/2018")]
    [InlineData("2018-1-5")]
    [InlineData("2018-12-17T10:00")]
    [InlineData("December 2018")]
    [InlineData("201")]
    [InlineData("+2019")]
    [InlineData("-2019")]
    [InlineData("２０１９")]
    [InlineData("xxxx")]
    [InlineData("2018-12-17/")]
    [InlineData("/2018-12-17")]
    [InlineData("2019/2020/2021")]
    [InlineData("../")]
    [InlineData("2019/..")]
    public void Text_that_is_not_a_supported_EDTF_date_is_refused(string text) =>
        AssertRefused(text, DomainErrors.InvalidDate);

    [Theory]
    [InlineData("../2024-07")]
    [InlineData("../2024")]
    public void The_bound_of_an_unknown_date_must_be_a_full_day(string text) =>
        AssertRefused(text, DomainErrors.InvalidDate);

    [Fact]
    public void The_29th_of_February_of_a_leap_year_is_a_date() =>
        Assert.Equal("2020-02-29", HistoricalDate.Parse("2020-02-29").ToString());

    private static void AssertRefused(string text, string code)
    {
        var refusal = Assert.Throws<DomainException>(() => HistoricalDate.Parse(text));
        Assert.Equal(code, refusal.Code);
        Assert.Equal("date", refusal.Field);
    }
}
