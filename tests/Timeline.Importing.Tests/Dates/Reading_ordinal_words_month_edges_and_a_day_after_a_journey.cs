namespace Timeline.Importing.Tests;

/// <summary>
/// A day of the month written as an ordinal word ("the twenty-first of June 2024"), the first or last day of a month
/// named with its year, and what was done "the next day" after a dated journey, told in a clause opened by "where".
/// </summary>
public sealed class Reading_ordinal_words_month_edges_and_a_day_after_a_journey
{
    [Theory]
    [InlineData("The rector of the University of Ghana paid a visit to the OUC on the twenty-first of June 2024.", "2024-06-21")]
    [InlineData("The OUC received a team of the Hanoi Open University on the third of May 2024.", "2024-05-03")]
    [InlineData("A group from the University of Lagos was the OUC's guest on the last day of March 2024.", "2024-03-31")]
    [InlineData("A group from the University of Lagos was the OUC's guest on the last day of February 2023.", "2023-02-28")]
    [InlineData("The OUC and the University of Malta signed an agreement on the first day of April 2024.", "2024-04-01")]
    [InlineData("On 3 June 2024, OUC tutors flew to Hanoi, where the next day they visited the Hanoi Open University.", "2024-06-04")]
    public void The_day_is_read(string text, string date) =>
        Assert.Equal(date, AnnouncementExtractor.Extract(text, 0, null).Date.ToString());
}
