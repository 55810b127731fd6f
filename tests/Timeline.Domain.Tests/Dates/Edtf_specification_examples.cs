using Timeline.Domain.Dates;

namespace Timeline.Domain.Tests.Dates;

/// <summary>
/// Every example the EDTF specification gives for levels 0 and 1, as our own table: the text, its earliest and
/// latest day as day keys (yyyyMMdd with the year's sign; null when that end is open or unknown), its precision
/// and how people read it. Seasons are the meteorological ones of the northern hemisphere.
/// </summary>
public class Edtf_specification_examples
{
    public static readonly TheoryData<string, int?, int?, DatePrecision, string> Examples = new()
    {
        { "1985-04-12", 19850412, 19850412, DatePrecision.Day, "12 April 1985" },
        { "1985-04", 19850401, 19850430, DatePrecision.Month, "April 1985" },
        { "1985", 19850101, 19851231, DatePrecision.Year, "1985" },
        { "1985-04-12T23:20:30", 19850412, 19850412, DatePrecision.Day, "12 April 1985, 23:20:30" },
        { "1985-04-12T23:20:30Z", 19850412, 19850412, DatePrecision.Day, "12 April 1985, 23:20:30 UTC" },
        { "1985-04-12T23:20:30-04", 19850412, 19850412, DatePrecision.Day, "12 April 1985, 23:20:30 (UTC-04)" },
        { "1985-04-12T23:20:30+04:30", 19850412, 19850412, DatePrecision.Day, "12 April 1985, 23:20:30 (UTC+04:30)" },
        { "1964/2008", 19640101, 20081231, DatePrecision.Year, "1964 - 2008" },
        { "2004-06/2006-08", 20040601, 20060831, DatePrecision.Month, "June 2004 - August 2006" },
        { "2004-02-01/2005-02-08", 20040201, 20050208, DatePrecision.Day, "1 February 2004 - 8 February 2005" },
        { "2004-02-01/2005-02", 20040201, 20050228, DatePrecision.Month, "1 February 2004 - February 2005" },
        { "2004-02-01/2005", 20040201, 20051231, DatePrecision.Year, "1 February 2004 - 2005" },
        { "2005/2006-02", 20050101, 20060228, DatePrecision.Year, "2005 - February 2006" },
        { "Y170000002", 99999000, 99999000, DatePrecision.Year, "170000002" },
        { "Y-170000002", -99999000, -99999000, DatePrecision.Year, "170000003 BCE" },
        { "2001-21", 20010301, 20010531, DatePrecision.Season, "spring 2001" },
        { "2001-22", 20010601, 20010831, DatePrecision.Season, "summer 2001" },
        { "2001-23", 20010901, 20011130, DatePrecision.Season, "autumn 2001" },
        { "2001-24", 20011201, 20020228, DatePrecision.Season, "winter 2001" },
        { "1984?", 19840101, 19841231, DatePrecision.Year, "possibly 1984" },
        { "2004-06~", 20040601, 20040630, DatePrecision.Month, "about June 2004" },
        { "2004-06-11%", 20040611, 20040611, DatePrecision.Day, "possibly about 11 June 2004" },
        { "201X", 20100101, 20191231, DatePrecision.Decade, "the 2010s" },
        { "20XX", 20000101, 20991231, DatePrecision.Century, "the 2000s" },
        { "2004-XX", 20040101, 20041231, DatePrecision.Year, "2004, month unknown" },
        { "1985-04-XX", 19850401, 19850430, DatePrecision.Month, "April 1985, day unknown" },
        { "1985-XX-XX", 19850101, 19851231, DatePrecision.Year, "1985, month and day unknown" },
        { "1985-04-12/..", 19850412, 99999999, DatePrecision.Day, "from 12 April 1985, end open" },
        { "1985-04-12/", 19850412, 99999999, DatePrecision.Day, "from 12 April 1985, end unknown" },
        { "../1985-04-12", null, 19850412, DatePrecision.Unknown, "date unknown (by 12 April 1985)" },
        { "/1985-04-12", null, 19850412, DatePrecision.Unknown, "until 12 April 1985, start unknown" },
        { "1985-04/..", 19850401, 99999999, DatePrecision.Month, "from April 1985, end open" },
        { "1985-04/", 19850401, 99999999, DatePrecision.Month, "from April 1985, end unknown" },
        { "../1985-04", null, 19850430, DatePrecision.Unknown, "date unknown (by April 1985)" },
        { "/1985-04", null, 19850430, DatePrecision.Unknown, "until April 1985, start unknown" },
        { "1985/..", 19850101, 99999999, DatePrecision.Year, "from 1985, end open" },
        { "1985/", 19850101, 99999999, DatePrecision.Year, "from 1985, end unknown" },
        { "../1985", null, 19851231, DatePrecision.Unknown, "date unknown (by 1985)" },
        { "/1985", null, 19851231, DatePrecision.Unknown, "until 1985, start unknown" },
        { "-1985", -19849899, -19848769, DatePrecision.Year, "1986 BCE" },
        { "1984~/2004-06", 19840101, 20040630, DatePrecision.Year, "about 1984 - June 2004" },
        { "1984/2004-06~", 19840101, 20040630, DatePrecision.Year, "1984 - about June 2004" },
        { "1984~/2004~", 19840101, 20041231, DatePrecision.Year, "about 1984 - about 2004" },
        { "1984?/2004%", 19840101, 20041231, DatePrecision.Year, "possibly 1984 - possibly about 2004" },
        { "1984-06?/2004-08?", 19840601, 20040831, DatePrecision.Month, "possibly June 1984 - possibly August 2004" },
        { "1984-06-02?/2004-08-08~", 19840602, 20040808, DatePrecision.Day, "possibly 2 June 1984 - about 8 August 2004" },
        { "1984-06-02?/..", 19840602, 99999999, DatePrecision.Day, "from possibly 2 June 1984, end open" },
        { "0000", 101, 1231, DatePrecision.Year, "1 BCE" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_of_the_specification_reads_back_as_written_and_spans_the_days_it_means(
        string text, int? earliest, int? latest, DatePrecision precision, string display)
    {
        var date = HistoricalDate.Parse(text);

        Assert.Equal(text, date.ToString());
        Assert.Equal(earliest, date.EarliestKey);
        Assert.Equal(latest, date.LatestKey);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(display, date.Display);
    }

    [Theory]
    [InlineData("-1985", "0001-01-01", "0001-01-01")]
    [InlineData("0000-06", "0001-01-01", "0001-01-01")]
    [InlineData("Y170000002", "9999-12-31", "9999-12-31")]
    [InlineData("Y-170000002", "0001-01-01", "0001-01-01")]
    public void Days_beyond_the_years_1_to_9999_are_clamped_to_them_while_the_text_keeps_the_year(string text, string earliest, string latest)
    {
        var date = HistoricalDate.Parse(text);

        Assert.Equal(DateOnly.Parse(earliest), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest), date.Latest);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("XXXX")]
    [InlineData("XXXX-XX")]
    [InlineData("XXXX-XX-XX")]
    public void A_wholly_unknown_date_reads_back_in_the_form_it_was_given(string text)
    {
        var date = HistoricalDate.Parse(text);

        Assert.Equal(text, date.ToString());
        Assert.False(date.IsKnown);
        Assert.Null(date.EarliestKey);
        Assert.Null(date.LatestKey);
    }

    [Fact]
    public void Winter_runs_from_December_to_the_end_of_February_of_the_next_year()
    {
        Assert.Equal(new DateOnly(2023, 12, 1), HistoricalDate.Parse("2023-24").Earliest);
        Assert.Equal(new DateOnly(2024, 2, 29), HistoricalDate.Parse("2023-24").Latest);
    }
}
