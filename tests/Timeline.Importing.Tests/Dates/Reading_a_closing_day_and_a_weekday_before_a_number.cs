namespace Timeline.Importing.Tests;

/// <summary>
/// A course told by the days it opened and closed, a weekday before a number that starts no date, and a day after an
/// arrival named several words after its verb.
/// </summary>
public sealed class Reading_a_closing_day_and_a_weekday_before_a_number
{
    [Theory]
    [InlineData("A summer school for tutors opened at the OUC on 4 July 2022 and closed on 15 July 2022.", "2022-07-04/2022-07-15")]
    [InlineData("A summer school for tutors opened at the OUC on 4 July 2022 and closed on 15 July.", "2022-07-04/2022-07-15")]
    [InlineData("On Tuesday, 14 teachers from Latvia visited the OUC.", "2022-07-26")]
    [InlineData("The delegation landed in Vilnius on 3 May 2022 and called on the Lithuanian Ministry of Education the following day.", "2022-05-04")]
    public void The_date_is_read(string text, string edtf) =>
        Assert.Equal(edtf, AnnouncementExtractor.Extract(text, 0, new DateOnly(2022, 7, 29)).Date.ToString());
}
