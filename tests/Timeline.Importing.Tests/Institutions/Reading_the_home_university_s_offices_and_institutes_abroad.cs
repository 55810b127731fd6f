namespace Timeline.Importing.Tests;

/// <summary>
/// The home university named by one of its offices or by an institute it runs abroad, a Confucius Institute named without
/// its host, a region's department named after its field, a name in Spanish with a plural article, companies known by
/// name, and a centre told opening as background.
/// </summary>
public sealed class Reading_the_home_university_s_offices_and_institutes_abroad
{
    [Theory]
    [InlineData("Staff of the International Exchange Office of the OUC visited Tallinn University on 3 May 2022.", new[] { "ouc", "tallinn-university" })]
    [InlineData("On 3 May 2022 the OUC Confucius Institute at the University of Lusaka held a calligraphy contest.", new[] { "ouc", "university-of-lusaka" })]
    [InlineData("OUC teachers met the director of the city's Confucius Institute in Lima on 3 May 2022.", new[] { "ouc" })]
    [InlineData("Accompanied by OUC staff, a delegation of the Department of Education of Guangxi Zhuang Autonomous Region visited Tallinn University on 3 May 2022.",
        new[] { "ouc", "department-of-education-of-guangxi-zhuang-autonomous-region", "tallinn-university" })]
    [InlineData("OUC teachers were guests of the Universidad de las Américas in Quito on 3 May 2022.", new[] { "ouc", "universidad-de-las-americas" })]
    [InlineData("Engineers of Nokia came to the OUC on 3 May 2022.", new[] { "nokia", "ouc" })]
    [InlineData("The rector of Tallinn University received an OUC delegation on 3 May 2022, a year after the Estonia-China Centre for Open Learning opened in 2021.",
        new[] { "ouc", "tallinn-university" })]
    public void The_parties_are_read(string text, string[] ids) =>
        Assert.Equal(ids.Order(), AnnouncementExtractor.Extract(text, 0, null).Institutions.Select(i => i.Id).Order());
}
