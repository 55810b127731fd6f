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
    [InlineData("A visiting group from a university in Chile was received by OUC vice president Li Song on 3 May 2021.", VisitDirection.Inbound)]
    [InlineData("Lecturers of a university in Peru were the OUC's guests on 3 May 2021.", VisitDirection.Inbound)]
    [InlineData("Invited by the OUC, professors of a university in Peru came to Beijing on 3 May 2021.", VisitDirection.Inbound)]
    [InlineData("Hosting a team from a college in Fiji on 3 May 2021, OUC staff showed them its studios.", VisitDirection.Inbound)]
    [InlineData("The rector of a university in Chile began a three-day visit to the OUC on 3 May 2021.", VisitDirection.Inbound)]
    [InlineData("On 3 May 2021 the OUC opened its new learning centre to a visiting party from Laos.", VisitDirection.Inbound)]
    [InlineData("The dean of a university in Peru led six colleagues on a working trip to the OUC on 3 May 2021.", VisitDirection.Inbound)]
    [InlineData("A study mission of twelve teachers from Fiji was at the OUC for a visit on 3 May 2021.", VisitDirection.Inbound)]
    [InlineData("A college in Fiji played host on 3 May 2021 to six OUC lecturers.", VisitDirection.Outbound)]
    [InlineData("On 3 May 2021 the OUC dispatched a group of five to a college in Fiji.", VisitDirection.Outbound)]
    [InlineData("A college in Fiji dispatched a group of five to the OUC on 3 May 2021.", VisitDirection.Inbound)]
    [InlineData("On 3 May 2021, Ana Ruiz led a five-member delegation to the OUC.", VisitDirection.Inbound)]
    [InlineData("Twenty school heads from Peru completed a study tour of the OUC from 3 to 9 May 2021.", VisitDirection.Inbound)]
    [InlineData("A delegation of a university in Chile came on 3 May 2021 and was received by Wang Ping, vice president of the OUC.", VisitDirection.Inbound)]
    [InlineData("Accompanied by embassy officials, a delegation of the OUC visited a college in Fiji on 3 May 2021 and was received by its rector.", VisitDirection.Outbound)]
    public void Who_travelled_is_read_from_how_the_sentence_names_them(string text, VisitDirection direction) =>
        Assert.Equal(direction, AnnouncementExtractor.Extract(text, 0, null).Direction);
}
