namespace Timeline.Importing.Tests;

public sealed class Reading_towns_by_their_english_names
{
    [Theory]
    [InlineData("Recently, the OUC signed an agreement with the National Open University in New Taipei.", "TW")]
    [InlineData("On 3 May 2021, OUC vice president Li Song held talks in Geneva, Switzerland, with officials of a health body.", "CH")]
    public void A_town_is_in_the_country_prose_in_english_means(string text, string country) =>
        Assert.Equal([country], AnnouncementExtractor.Extract(text, 0, null).Countries);
}
