namespace Timeline.Importing.Tests;

public sealed class Reading_government_bodies_offices_and_companies
{
    [Theory]
    [InlineData("On 3 May 2021, officials of the Hunan Provincial Department of Education met OUC staff in Changsha.", "hunan-provincial-department-of-education")]
    [InlineData("The Education Department of Jiangxi Province signed an agreement with the OUC on 3 May 2021.", "education-department-of-jiangxi-province")]
    [InlineData("On 3 May 2021 the OUC trained 40 staff of the Ningxia Hui Autonomous Region Department of Education.", "ningxia-hui-autonomous-region-department-of-education")]
    public void A_department_of_a_province_or_region_is_a_party(string text, string department) =>
        Assert.Equal(new[] { "ouc", department }.Order(StringComparer.Ordinal), Ids(text));

    [Fact]
    public void A_university_s_department_stays_a_unit() =>
        Assert.Equal(["ouc", "university-of-lima"],
            Ids("On 3 May 2021, the OUC's Department of Teaching Affairs met staff of the University of Lima."));

    [Theory]
    [InlineData("On 3 May 2021, Dr Ana Ruiz, head of the UNESCO Office in Lima, visited the OUC.")]
    [InlineData("On 3 May 2021 the OUC held a video meeting with the UNICEF Country Office for Peru.")]
    [InlineData("A team of the UNESCO Latin America and Caribbean Regional Bureau for Education came to the OUC on 3 May 2021.")]
    public void An_office_or_bureau_of_an_international_body_is_the_body(string text) =>
        Assert.Single(Ids(text), id => id is "unesco" or "unicef");

    [Theory]
    [InlineData("On 3 May 2021, officials of Peru's Ministry of Education visited the OUC.", "ministry-of-education-of-peru")]
    [InlineData("On 3 May 2021, officials of China's Ministry of Education visited the University of Lima.", "ministry-of-education-cn")]
    public void A_ministry_after_a_country_s_possessive_is_that_country_s(string text, string ministry) =>
        Assert.Contains(ministry, Ids(text));

    [Theory]
    [InlineData("On 3 May 2021, a delegation of Huawei came to the OUC.", "huawei")]
    [InlineData("On 3 May 2021, staff of Safaricom visited the OUC.", "safaricom")]
    [InlineData("On 3 May 2021, the OUC put three courses on Coursera.", "coursera")]
    public void A_known_company_needs_no_head_noun(string text, string company) =>
        Assert.Contains(company, Ids(text));

    private static List<string> Ids(string text) =>
        [.. AnnouncementExtractor.Extract(text, 0, null).Institutions.Select(i => i.Id).Order(StringComparer.Ordinal)];
}
