namespace Timeline.Importing.Tests;

/// <summary>A country's department is a party, a gloss in brackets names no second body, and a centre being made is none.</summary>
public sealed class Reading_departments_glosses_and_new_centres
{
    [Theory]
    [InlineData("On 3 May 2021, officials of the Department of Basic Education of South Africa visited the OUC.", "department-of-basic-education-of-south-africa")]
    [InlineData("On 3 May 2021 the OUC held a video meeting with staff of Kenya's State Department for Technical Education.", "state-department-for-technical-education")]
    public void A_country_s_department_is_a_party(string text, string department) =>
        Assert.Equal(new[] { "ouc", department }.Order(StringComparer.Ordinal), Ids(text));

    [Theory]
    [InlineData("On 3 May 2021 the OUC signed an agreement with the Universidad de Lima (University of Lima).", "universidad-de-lima")]
    [InlineData("On 3 May 2021 the rector of the Universitatea din Cluj (University of Cluj) visited the OUC.", "universitatea-din-cluj")]
    [InlineData("On 3 May 2021 students of the Universidad Abierta (UA) of Peru, the Open University of Peru, came to the OUC.", "universidad-abierta")]
    public void A_name_in_english_after_one_in_another_language_glosses_it(string text, string name) =>
        Assert.Equal(new[] { "ouc", name }.Order(StringComparer.Ordinal), Ids(text));

    [Theory]
    [InlineData("The Peruvian National Commission for UNESCO met OUC staff online on 3 May 2021.", "peruvian-national-commission-for-unesco")]
    [InlineData("Staff of the OUC and of Open Learning Peru (OLP) met online on 3 May 2021.", "open-learning-peru")]
    public void A_name_holding_an_acronym_or_after_a_list_s_first_party_is_itself(string text, string name) =>
        Assert.Equal(new[] { "ouc", name }.Order(StringComparer.Ordinal), Ids(text));

    [Theory]
    [InlineData("The Peru-China Centre for Open Learning was unveiled at the University of Lima on 3 May 2021 by the OUC's president.")]
    [InlineData("Set up by the OUC and the University of Lima, the Andean Centre for Open Learning began its work on 3 May 2021.")]
    public void A_centre_being_made_is_no_party(string text) =>
        Assert.Equal(["ouc", "university-of-lima"], Ids(text));

    [Fact]
    public void A_country_s_minister_is_a_person_not_a_body() =>
        Assert.Equal(["ouc", "university-of-lima"],
            Ids("On 3 May 2021 an OUC team was received by Peru's Minister of Education, and later visited the University of Lima."));

    [Fact]
    public void A_nationality_before_a_plain_name_stays_in_it() =>
        Assert.Contains("peruvian-electronic-university", Ids("On 3 May 2021 the OUC signed an agreement with the Peruvian Electronic University."));

    [Fact]
    public void A_known_company_needs_no_head_noun() =>
        Assert.Contains("ericsson", Ids("On 3 May 2021, engineers of Ericsson visited the OUC."));

    private static List<string> Ids(string text) =>
        [.. AnnouncementExtractor.Extract(text, 0, null).Institutions.Select(i => i.Id).Order(StringComparer.Ordinal)];
}
