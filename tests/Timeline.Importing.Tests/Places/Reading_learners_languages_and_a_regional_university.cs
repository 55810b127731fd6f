namespace Timeline.Importing.Tests;

/// <summary>
/// A language after the people who learn or teach it names no country, while a nationality before a noun still does; the
/// University of the South Pacific, owned by twelve Pacific states, is placed where it is seated (Fiji) unless the text
/// places it elsewhere.
/// </summary>
public sealed class Reading_learners_languages_and_a_regional_university
{
    [Theory]
    [InlineData("A group of OUC learners of Portuguese travelled to Luanda in May 2022.", new[] { "AO" })]
    [InlineData("Teachers of Kenyan schools visited the OUC on 3 May 2022.", new[] { "KE" })]
    [InlineData("The OUC and the University of the South Pacific held talks online on 3 May 2022.", new[] { "FJ" })]
    [InlineData("OUC teachers gave a course at the University of the South Pacific's campus in Port Vila, Vanuatu, in May 2022.", new[] { "VU" })]
    public void The_countries_are_read(string text, string[] countries) =>
        Assert.Equal(countries, AnnouncementExtractor.Extract(text, 0, null).Countries);
}
