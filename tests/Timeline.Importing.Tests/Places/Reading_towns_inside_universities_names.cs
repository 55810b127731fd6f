namespace Timeline.Importing.Tests;

public sealed class Reading_towns_inside_universities_names
{
    [Theory]
    [InlineData("A delegation of Victoria University of Wellington visited the OUC on 3 May 2021.", "NZ")]
    [InlineData("On 3 May 2021 the OUC signed an agreement with Lincoln University.", "NZ")]
    [InlineData("A group from the University of Canterbury in Christchurch visited the OUC on 3 May 2021.", "NZ")]
    public void A_town_in_a_university_s_name_gives_no_country_the_table_puts_it_outside(string text, string country) =>
        Assert.Equal([country], AnnouncementExtractor.Extract(text, 0, null).Countries);

    [Fact]
    public void A_country_a_town_outside_the_name_gives_stays() =>
        Assert.Equal(["NZ", "GB"],
            AnnouncementExtractor.Extract("On 3 May 2021 Victoria University of Wellington and the OUC met in Canterbury.", 0, null).Countries);
}
