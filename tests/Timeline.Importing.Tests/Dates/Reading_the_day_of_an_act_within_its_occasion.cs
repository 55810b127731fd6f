namespace Timeline.Importing.Tests;

public sealed class Reading_the_day_of_an_act_within_its_occasion
{
    [Theory]
    [InlineData("During a visit to Lima from 12 to 15 May 2019, the OUC signed an agreement with a university there on 13 May.", "2019-05-13")]
    [InlineData("On 2 June 2022 the OUC and a college in Fiji signed a memorandum, during a visit from 1 to 4 June 2022.", "2022-06-02")]
    [InlineData("From 12 to 15 May 2019 an OUC team was in Lima, where it signed an agreement with a university.", "2019-05-12/2019-05-15")]
    [InlineData("During a visit to Lima from 12 to 15 May 2019, an OUC team met staff of a university on 13 May.", "2019-05-12/2019-05-15")]
    public void A_signing_on_one_day_of_a_longer_occasion_is_dated_that_day(string text, string date) =>
        Assert.Equal(date, AnnouncementExtractor.Extract(text, 0, null).Date.ToString());

    [Theory]
    [InlineData("The OUC team arrived in Lima on 3 May 2021 and visited the University of Lima the next day.", "2021-05-04")]
    [InlineData("An OUC team arrived in Lima on 3 May 2021. The following day, it called on the University of Lima.", "2021-05-04")]
    [InlineData("The exhibition opened on 3 May 2021 and closed the following day.", "2021-05-03/2021-05-04")]
    public void What_was_done_the_day_after_an_arrival_is_dated_that_day(string text, string date) =>
        Assert.Equal(date, AnnouncementExtractor.Extract(text, 0, null).Date.ToString());

    [Theory]
    [InlineData("Recently, the rector of a university in Chile visited the OUC. The university was founded in 2006.", "2024-05-01", "../2024-05-01")]
    [InlineData("A college in Fiji, established in 1998, signed an agreement with the OUC in 2021.", null, "2021")]
    [InlineData("A learning centre of the OUC was founded in 2019 in Lima.", null, "2019")]
    public void The_year_a_body_was_founded_dates_only_a_launch(string text, string? published, string date) =>
        Assert.Equal(date, AnnouncementExtractor.Extract(text, 0, published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)).Date.ToString());

}
