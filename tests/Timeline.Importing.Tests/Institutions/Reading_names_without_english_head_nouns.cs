namespace Timeline.Importing.Tests;

public sealed class Reading_names_without_english_head_nouns
{
    [Theory]
    [InlineData("The OUC sealed a framework deal with Tencent on 3 May 2021.", "tencent")]
    [InlineData("Coursera and the Open University of China signed an agreement on 3 May 2021.", "coursera")]
    [InlineData("The OUC and Universidade Aberta held a meeting on 3 May 2021.", "universidade-aberta")]
    [InlineData("On 3 May 2021 the OUC signed an agreement with the Federal University of Rio de Janeiro.", "federal-university-of-rio-de-janeiro")]
    [InlineData("A delegation of the Kazakh National Women's Teacher Training University visited the OUC on 3 May 2021.", "kazakh-national-womens-teacher-training-university")]
    public void A_partner_is_found_in_the_slot_partners_stand_in(string text, string id) =>
        Assert.Contains(id, InstitutionFinder.Find(text).Select(i => i.Id));

    [Theory]
    [InlineData("Staff of the OUC met with Wang Ping, dean of a university in Ghana, on 3 March 2020.")]
    [InlineData("The OUC sent teachers to Edmonton and Athabasca in Canada in May 2019.")]
    [InlineData("Courses were given in Chinese and English by the OUC with Kenya on 3 March 2020.")]
    public void People_places_and_languages_in_those_slots_are_no_partners(string text) =>
        Assert.Equal(["ouc"], InstitutionFinder.Find(text).Select(i => i.Id));
}
