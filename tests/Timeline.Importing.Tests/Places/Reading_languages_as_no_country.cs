namespace Timeline.Importing.Tests;

public sealed class Reading_languages_as_no_country
{
    [Theory]
    [InlineData("On 3 May 2021 the OUC met the Ambassador of Peru to discuss courses in Spanish.", "PE")]
    [InlineData("On 3 May 2021 the OUC signed an agreement on Portuguese-language courses with a university in Lisbon.", "PT")]
    [InlineData("On 3 May 2021 the OUC hosted a group of Spanish teachers.", "ES")]
    public void A_nationality_s_word_used_for_its_language_names_no_country(string text, string country) =>
        Assert.Equal([country], AnnouncementExtractor.Extract(text, 0, null).Countries);

    [Theory]
    [InlineData("On 3 May 2021 the OUC signed an agreement with a university in Lima on courses in English and French.", "PE")]
    [InlineData("On 3 May 2021 the OUC released an app for herders in Peru, in Mongolian and Chinese, for learners in Lima.", "PE")]
    [InlineData("On 3 May 2021 a bank in Lima gave the OUC 50,000 US dollars for scholarships.", "PE")]
    public void Languages_listed_after_in_and_a_currency_name_no_country(string text, string country) =>
        Assert.Equal([country], AnnouncementExtractor.Extract(text, 0, null).Countries);

    [Theory]
    [InlineData("On 3 May 2021 the OUC began a course taught in Russian for learners in Peru.", "PE")]
    [InlineData("On 3 May 2021 two OUC tutors began a year at the University of British Columbia in Vancouver.", "CA")]
    public void A_language_before_a_preposition_and_a_region_named_by_a_nationality_s_word_name_no_other_country(string text, string country) =>
        Assert.Equal([country], AnnouncementExtractor.Extract(text, 0, null).Countries);

    [Theory]
    [InlineData("On 3 May 2021 the OUC put 40 of its courses for learners in Peru into Portuguese and German.", "PE")]
    [InlineData("On 3 May 2021 the OUC hosted reporters from Latin American media and a lecturer from Peru.", "PE")]
    [InlineData("On 3 May 2021 Prof. Helena Quispe, rector of a university in Lima, visited the OUC.", "PE")]
    public void Languages_after_into_a_region_s_adjective_and_a_town_that_is_a_first_name_name_no_other_country(string text, string country) =>
        Assert.Equal([country], AnnouncementExtractor.Extract(text, 0, null).Countries);
}
