namespace Timeline.Importing.Tests;

/// <summary>
/// An acronym that spells "of" too spells the whole name across its "and" ("Ministry of Education and Training (MOET)");
/// "para" joins a foreign name as other particles do; a body of persons "with Disabilities" keeps them in its name; a
/// few more bodies are known by name (China Mobile, Ethio Telecom, the ITU); a word of countries joined by a hyphen names
/// each, while a word of nationalities inside a university's name stays its own.
/// </summary>
public sealed class Reading_acronyms_particles_and_companies_in_names
{
    [Theory]
    [InlineData("Officials of the Ministry of Education and Training (MOET) of Vietnam visited the OUC on 3 May 2024.", new[] { "ministry-of-education-and-training", "ouc" })]
    [InlineData("The OUC and the Universidad Abierta para Adultos held talks online on 3 May 2024.", new[] { "ouc", "universidad-abierta-para-adultos" })]
    [InlineData("A delegation of the Kenya Association of Persons with Disabilities visited the OUC on 3 May 2024.", new[] { "kenya-association-of-persons-with-disabilities", "ouc" })]
    [InlineData("Engineers of Ethio Telecom and China Mobile visited the OUC on 3 May 2024.", new[] { "china-mobile", "ethio-telecom", "ouc" })]
    [InlineData("An officer of the International Telecommunication Union visited the OUC on 3 May 2024.", new[] { "international-telecommunication-union", "ouc" })]
    public void The_institutions_are_read(string text, string[] ids) =>
        Assert.Equal(ids, AnnouncementExtractor.Extract(text, 0, null).Institutions.Select(i => i.Id).Order());

    [Theory]
    [InlineData("Members of the Korea-China Youth Association visited the OUC on 3 May 2024.", new[] { "KR" })]
    [InlineData("A team of the Kazakh-British Technical University in Almaty visited the OUC on 3 May 2024.", new[] { "KZ" })]
    public void The_countries_are_read(string text, string[] countries) =>
        Assert.Equal(countries, AnnouncementExtractor.Extract(text, 0, null).Countries);
}
