using Timeline.Domain.Dates;

namespace Timeline.Domain.Tests.Dates;

public class Refusing_invalid_dates
{
    [Theory]
    [InlineData("2020-11-18/2020-11-17")]
    [InlineData("2020/2019")]
    [InlineData("2019-12/2019-11-30")]
    [InlineData("2004-06~/2004-05?")]
    [InlineData("-1984/-1985")]
    public void An_interval_ending_before_it_starts_is_refused(string text) =>
        AssertRefused(text, DomainErrors.IntervalEndsBeforeStart);

    [Theory]
    [InlineData("2020-13-01")]
    [InlineData("2020-00")]
    [InlineData("2021-02-29")]
    [InlineData("2018-12-32")]
    [InlineData("2018-04-31")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("17/12/2018")]
    [InlineData("2018-1-5")]
    [InlineData("2018-12-17T10:00")]
    [InlineData("December 2018")]
    [InlineData("201")]
    [InlineData("+2019")]
    [InlineData("２０１９")]
    [InlineData("xxxx")]
    [InlineData("2019/2020/2021")]
    [InlineData("../")]
    public void Text_that_is_not_a_supported_EDTF_date_is_refused(string text) =>
        AssertRefused(text, DomainErrors.InvalidDate);

    [Theory]
    [InlineData("2018-13", "month 13 does not exist")]
    [InlineData("2018-00", "month 00 does not exist")]
    [InlineData("2018-02-30", "2018-02 has no day 30")]
    [InlineData("2019-02-29", "2019-02 has no day 29")]
    [InlineData("-0001-02-29", "-0001-02 has no day 29")]
    [InlineData("2018-25", "season 25 is not supported")]
    [InlineData("2018-21-05", "a season stands alone")]
    [InlineData("2018-21?", "a season stands alone")]
    [InlineData("Y1700", "needs more than four digits")]
    [InlineData("Y01700", "starts with a zero")]
    [InlineData("Y1234567890", "more than nine digits")]
    [InlineData("Y17000-05", "a year written with Y stands alone")]
    [InlineData("-0000", "there is no year -0000")]
    [InlineData("20X8", "only the last digits of the year")]
    [InlineData("201X-05", "stands alone")]
    [InlineData("1XXX", "only the last one or two digits")]
    [InlineData("2018-XX-05", "a day cannot follow an unspecified month")]
    [InlineData("2018-1X", "must be two digits, or XX")]
    [InlineData("2018-XX?", "cannot also carry ?, ~ or %")]
    [InlineData("2018-12-XX~", "cannot also carry ?, ~ or %")]
    [InlineData("2018-12-17T10:00", "a time goes after a full day")]
    [InlineData("2018-12-17T24:00:00", "a time of day that does not exist")]
    [InlineData("2018-12-17T10:00:00?", "a time goes after a full day")]
    [InlineData("../..", "at least one known end")]
    [InlineData("/", "at least one known end")]
    [InlineData("XXXX/2018", "leave an unknown end empty")]
    [InlineData("2018-21/2019", "cannot end an interval")]
    [InlineData("201X/2019", "cannot end an interval")]
    [InlineData("Y17000/..", "cannot end an interval")]
    [InlineData("2018-12-17T10:00:00/2019", "cannot end an interval")]
    [InlineData("2018?-06", "is not an EDTF date")]
    public void A_malformed_level_1_date_is_refused_naming_what_is_wrong(string text, string reason)
    {
        var refusal = AssertRefused(text, DomainErrors.InvalidDate);
        Assert.Contains(reason, refusal.Message);
    }

    [Fact]
    public void The_29th_of_February_of_a_leap_year_is_a_date() =>
        Assert.Equal("2020-02-29", HistoricalDate.Parse("2020-02-29").ToString());

    private static DomainException AssertRefused(string text, string code)
    {
        var refusal = Assert.Throws<DomainException>(() => HistoricalDate.Parse(text));
        Assert.Equal(code, refusal.Code);
        Assert.Equal("date", refusal.Field);
        return refusal;
    }
}
