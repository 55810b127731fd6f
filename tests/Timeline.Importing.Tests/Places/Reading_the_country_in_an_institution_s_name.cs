namespace Timeline.Importing.Tests;

public sealed class Reading_the_country_in_an_institution_s_name
{
    [Theory]
    [InlineData("The OUC signed an agreement with Chulalongkorn University of Thailand on 3 May 2021.", "chulalongkorn-university", "TH")]
    [InlineData("A delegation of Makerere University of Uganda visited the OUC on 3 May 2021.", "makerere-university", "UG")]
    [InlineData("The OUC gave books to the National University of Laos on 3 May 2021.", "national-university-of-laos", "LA")]
    [InlineData("The OUC met officials of the Ministry of Education of Cambodia on 3 May 2021.", "ministry-of-education-of-cambodia", "KH")]
    public void A_country_after_of_is_where_the_institution_is(string text, string id, string country) =>
        Assert.Contains(InstitutionFinder.Find(text), i => i.Id == id && i.Country == country);

    [Theory]
    [InlineData("The OUC signed an agreement with the University of Reading on 3 May 2021.", "university-of-reading")]
    [InlineData("The OUC signed an agreement with the Open University of China's partners on 3 May 2021.", "ouc")]
    public void A_name_that_names_no_country_is_given_none_of_its_own(string text, string id) =>
        Assert.Contains(InstitutionFinder.Find(text), i => i.Id == id && (i.Id == "ouc" ? i.Country == "CN" : i.Country is null));
}
