namespace Timeline.Importing.Tests;

public sealed class Reading_nationalities_and_glosses_beside_names
{
    [Theory]
    [InlineData("On 3 May 2021 the OUC received officials of the Uzbek Ministry of Culture.", "ministry-of-culture")]
    [InlineData("On 3 May 2021 the OUC signed an agreement with the Ghanaian Ashesi University.", "ashesi-university")]
    [InlineData("A delegation of the Kenyan Technical University of Mombasa visited the OUC on 3 May 2021.", "technical-university-of-mombasa")]
    [InlineData("Staff of the Tanzanian Ministry of Health and Social Welfare visited the OUC on 3 May 2021.", "ministry-of-health-and-social-welfare")]
    public void A_nationality_before_a_ministry_or_a_name_of_its_own_is_where_it_is(string text, string id) =>
        Assert.Contains(id, InstitutionFinder.Find(text).Select(i => i.Id));

    [Theory]
    [InlineData("On 3 May 2021 the OUC received a delegation of the Ethiopian Ministry of Education.", "ethiopian-ministry-of-education")]
    [InlineData("On 3 May 2021 the OUC received a delegation of the Mongolian National University of Education.", "mongolian-national-university-of-education")]
    [InlineData("On 3 May 2021 the OUC signed an agreement with the Belarusian State University.", "belarusian-state-university")]
    [InlineData("On 3 May 2021 the OUC signed an agreement with Thai Nguyen University.", "thai-nguyen-university")]
    public void A_nationality_stays_where_the_name_needs_it(string text, string id) =>
        Assert.Contains(id, InstitutionFinder.Find(text).Select(i => i.Id));

    [Theory]
    [InlineData("On 3 May 2021 the OUC and the Universidade Aberta, the Open University of Portugal, held a webinar.", "ouc", "universidade-aberta")]
    [InlineData("On 3 May 2021 teachers of the Universidad de Costa Rica (the University of Costa Rica) visited the OUC.", "universidad-de-costa-rica", "ouc")]
    [InlineData("On 3 May 2021 the Universitat de Girona (the University of Girona, UdG) hosted OUC staff.", "universitat-de-girona", "ouc")]
    public void A_name_in_english_after_one_in_another_language_glosses_it(string text, params string[] ids) =>
        Assert.Equal(ids, InstitutionFinder.Find(text).Select(i => i.Id));

    [Fact]
    public void A_list_after_a_name_in_another_language_names_other_bodies() =>
        Assert.Equal(["universidad-de-chile", "university-of-lima", "ouc"], InstitutionFinder.Find(
            "On 3 May 2021 the Universidad de Chile, the University of Lima and the OUC held a forum.").Select(i => i.Id));
}
