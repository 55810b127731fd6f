namespace Timeline.Importing.Tests;

public sealed class Reading_a_campus_in_a_name
{
    [Theory]
    [InlineData("A delegation of the University of California, Berkeley, visited the OUC on 4 May 2019.", "university-of-california-berkeley")]
    [InlineData("On 4 May 2019 the OUC signed a letter of intent with the University of Texas, Austin.", "university-of-texas-austin")]
    [InlineData("A delegation of the University of Nairobi, Kenya, visited the OUC on 4 May 2019.", "university-of-nairobi")]
    [InlineData("A delegation of the University of Lagos, Lagos, visited the OUC on 4 May 2019.", "university-of-lagos")]
    [InlineData("A delegation of the University of Lima, Peru, visited the OUC on 4 May 2019.", "university-of-lima")]
    public void A_town_after_a_university_named_for_its_region_is_its_campus_and_after_a_town_or_country_is_where_it_is(string text, string id) =>
        Assert.Equal([.. new[] { "ouc", id }.Order(StringComparer.Ordinal)], InstitutionFinder.Find(text).Select(i => i.Id).Order(StringComparer.Ordinal));
}
