namespace Timeline.Importing.Tests;

public sealed class Placing_universities_whose_names_hold_no_place
{
    [Theory]
    [InlineData("On 3 May 2021 the OUC signed a memorandum of understanding with Makerere University.", "UG")]
    [InlineData("A delegation from Kyambogo University came to the OUC on 3 May 2021 to see its learning centres.", "UG")]
    [InlineData("On 3 May 2021 the OUC and Egerton University signed an agreement to train agricultural extension teachers together.", "KE")]
    [InlineData("Lecturers of Maseno University visited the OUC on 3 May 2021.", "KE")]
    [InlineData("On 3 May 2021 the OUC signed an exchange agreement with Massey University.", "NZ")]
    [InlineData("Gulu University and the OUC signed a cooperation agreement on 3 May 2021.", "UG")]
    public void A_university_the_table_holds_gets_its_country_and_no_doubt_for_it(string text, string country)
    {
        var reading = AnnouncementExtractor.Extract(text, 0, null);

        Assert.Equal([country], reading.Countries);
        Assert.Contains(reading.Institutions, i => i.Country == country);
        Assert.DoesNotContain(reading.Doubts, doubt => doubt.Contains("a university no place", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("On 3 May 2021 the OUC signed a cooperation agreement with the International University.")]
    [InlineData("On 3 May 2021 the OUC signed a cooperation agreement with the National University of Science and Technology.")]
    [InlineData("Teachers of the National Polytechnic Institute visited the OUC on 3 May 2021.")]
    [InlineData("On 3 May 2021 the OUC signed a cooperation agreement with the European University.")]
    [InlineData("On 3 May 2021 the OUC signed a cooperation agreement with Eastern University.")]
    public void A_name_many_bodies_bear_is_placed_by_no_table(string text)
    {
        var reading = AnnouncementExtractor.Extract(text, 0, null);

        Assert.Equal(["CN"], reading.Countries);
        Assert.All(reading.Institutions, i => Assert.True(i.Id == "ouc" || i.Country is null, $"{i.Name} placed in {i.Country}"));
    }

    [Theory]
    [InlineData("On 3 May 2021 the OUC signed an agreement with Gulu University, a partner of ours in Nigeria.", "NG")]
    [InlineData("Staff of Massey University met OUC teachers in Melbourne on 3 May 2021 to plan a joint course.", "AU")]
    public void A_country_the_text_names_wins_over_the_table(string text, string country)
    {
        var reading = AnnouncementExtractor.Extract(text, 0, null);

        Assert.Equal([country], reading.Countries);
    }
}
