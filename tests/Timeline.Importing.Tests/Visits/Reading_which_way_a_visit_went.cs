using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

public sealed class Reading_which_way_a_visit_went
{
    [Theory]
    [InlineData("OUC vice president Li Song received a visiting delegation from a university in Chile on 3 May 2021.", VisitDirection.Inbound)]
    [InlineData("The OUC welcomed Professor Ana Ruiz, vice-chancellor of a university in Chile, on 3 May 2021.", VisitDirection.Inbound)]
    [InlineData("A university in Chile received OUC vice president Li Song on 3 May 2021.", VisitDirection.Outbound)]
    public void One_of_the_home_university_s_officers_hosting_is_the_university_hosting(string text, VisitDirection direction) =>
        Assert.Equal(direction, AnnouncementExtractor.Extract(text, 0, null).Direction);

    [Theory]
    [InlineData("A team of four from the OUC called on a university in Peru on 3 May 2021.", VisitDirection.Outbound)]
    [InlineData("Hosted by the University of Lima, an OUC team of five studied its courses on 3 May 2021.", VisitDirection.Outbound)]
    [InlineData("Ana Ruiz of a university in Chile was a visiting scholar at the OUC from March to May 2021.", VisitDirection.Inbound)]
    [InlineData("The OUC was host on 3 May 2021 to the rector of a university in Chile.", VisitDirection.Inbound)]
    public void Who_travelled_is_read_from_how_the_sentence_names_them(string text, VisitDirection direction) =>
        Assert.Equal(direction, AnnouncementExtractor.Extract(text, 0, null).Direction);
}
