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

    [Theory]
    [InlineData("A delegation of the Ministry of Education and Sports of Laos visited the OUC on 3 May 2021.", "ministry-of-education-and-sports-of-laos", "ouc")]
    [InlineData("Officials of the OUC and the Ministry of Civil Affairs met on 3 May 2021.", "ouc", "ministry-of-civil-affairs")]
    [InlineData("A course was run by the Open University of China and the Zambia Open University (ZOU) in May 2021.", "ouc", "zambia-open-university")]
    [InlineData("The OUC's School of Law held a seminar on 3 May 2021.", "ouc")]
    [InlineData("The OUC president met the rector of the University of Lima on Monday, 3 May 2021.", "ouc", "university-of-lima")]
    [InlineData("The OUC signed an agreement with the Chamber of Commerce of Mongolia on 3 May 2021.", "ouc", "chamber-of-commerce-of-mongolia")]
    [InlineData("The OUC trained teachers with support from the Kigali Education Board on 3 May 2021.", "ouc", "kigali-education-board")]
    [InlineData("The OUC gave books to the University of Dar es Salaam on 3 May 2021.", "ouc", "university-of-dar-es-salaam")]
    [InlineData("The OUC met the Food and Agriculture Organization of the United Nations (FAO) on 3 May 2021.", "ouc", "food-and-agriculture-organization-of-the-united-nations")]
    [InlineData("The OUC signed an agreement with the Universidad Nacional de Educación a Distancia (UNED) on 3 May 2021.", "ouc", "uned")]
    [InlineData("The OUC met the Ministry of Education and Science on 3 May 2021.", "ouc", "ministry-of-education-and-science")]
    [InlineData("The OUC unveiled a Centre for Distance Learning in Lima on 3 May 2021.", "ouc")]
    [InlineData("The OUC's Institute of Rural Learning Research was set up on 3 May 2021.", "ouc")]
    [InlineData("On Thursday the OUC and the University of Tartu signed an agreement.", "ouc", "university-of-tartu")]
    [InlineData("In March the Hanoi Open University and the OUC held a seminar.", "hanoi-open-university", "ouc")]
    [InlineData("A study by the OUC was published by the UNESCO Institute for Rural Teaching on 1 May 2021.", "ouc", "unesco-institute-for-rural-teaching")]
    [InlineData("With the UNESCO Institute for Rural Teaching in Asia (IRTA), the OUC held a course on 2 May 2021.", "unesco-institute-for-rural-teaching-in-asia", "ouc")]
    public void A_name_ends_where_the_prose_goes_on_and_runs_as_far_as_the_name_does(string text, params string[] ids) =>
        Assert.Equal(ids, InstitutionFinder.Find(text).Select(i => i.Id));
}
