using Timeline.Domain.Dates;

namespace Timeline.Domain.Tests.Dates;

public class Sorting_and_displaying_dates
{
    [Theory]
    [InlineData("2018-12-17", 20181217)]
    [InlineData("2014-06", 20140601)]
    [InlineData("2019", 20190101)]
    [InlineData("2020-11-17/2020-11-18", 20201117)]
    [InlineData("XXXX", HistoricalDate.UnknownSortKey)]
    [InlineData("../2024-07-20", HistoricalDate.UnknownSortKey)]
    public void The_sort_key_is_the_earliest_day_as_a_number(string text, int sortKey) =>
        Assert.Equal(sortKey, HistoricalDate.Parse(text).SortKey);

    [Fact]
    public void Dates_sort_by_their_earliest_day_with_unknown_dates_last()
    {
        string[] shuffled = ["XXXX", "2020-11-17/2020-11-18", "../2024-07-20", "2019", "9999-12-31", "2014-06", "2019-12", "2018-12-17"];

        var sorted = shuffled.Select(HistoricalDate.Parse).OrderBy(d => d.SortKey).Select(d => d.ToString()).ToList();

        string[] known = ["2014-06", "2018-12-17", "2019", "2019-12", "2020-11-17/2020-11-18", "9999-12-31"];
        string[] unknown = ["../2024-07-20", "XXXX"];
        Assert.Equal(known, sorted.Take(6));
        Assert.Equal(unknown, sorted.Skip(6).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("2018-12-17", "17 December 2018")]
    [InlineData("2014-06", "June 2014")]
    [InlineData("2019", "2019")]
    [InlineData("2020-11-17/2020-11-18", "17-18 November 2020")]
    [InlineData("2019-11-30/2019-12-01", "30 November 2019 - 1 December 2019")]
    [InlineData("2019-12/2020-01", "December 2019 - January 2020")]
    [InlineData("2019-12-31/2020-12-31", "31 December 2019 - 31 December 2020")]
    [InlineData("../2024-07-20", "date unknown (by 20 July 2024)")]
    [InlineData("XXXX", "date unknown")]
    public void A_date_is_displayed_for_people_without_more_precision_than_it_has(string text, string display) =>
        Assert.Equal(display, HistoricalDate.Parse(text).Display);
}
