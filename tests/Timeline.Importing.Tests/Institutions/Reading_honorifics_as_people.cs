namespace Timeline.Importing.Tests;

public sealed class Reading_honorifics_as_people
{
    [Theory]
    [InlineData("On 3 May 2021, a delegation of the University of Lima, headed by H.E. Ana Ruiz, minister of education, came to the OUC.")]
    [InlineData("On 3 May 2021, the OUC delegation was received by Assoc. Prof. Ana Ruiz, rector of the University of Lima.")]
    [InlineData("On 3 May 2021, the OUC delegation was welcomed by Hon. Ana Ruiz, rector of the University of Lima.")]
    public void An_honorific_after_by_opens_a_person_and_no_party(string text) =>
        Assert.Equal(["ouc", "university-of-lima"], AnnouncementExtractor.Extract(text, 0, null).Institutions.Select(i => i.Id).Order());
}
