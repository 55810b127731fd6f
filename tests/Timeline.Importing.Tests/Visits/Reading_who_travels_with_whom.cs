using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

public sealed class Reading_who_travels_with_whom
{
    [Theory]
    [InlineData("A delegation of China's Ministry of Education, accompanied by OUC president Jing Degang, visited the University of Lima on 3 May 2021.", VisitDirection.Outbound)]
    [InlineData("Zhang Wei, head of the OUC's office in Peru, paid a courtesy call on the rector of the University of Lima on 3 May 2021.", VisitDirection.Outbound)]
    [InlineData("Li Hua, OUC vice president, met the rector of a university in Lima on 3 May 2021 during a visit to Peru.", VisitDirection.Outbound)]
    [InlineData("The University of Lima received Liu Fang, director of the OUC's international office, on 3 May 2021.", VisitDirection.Outbound)]
    [InlineData("On 3 May 2021 students of a university in Peru came to Beijing for a month-long exchange at the OUC.", VisitDirection.Inbound)]
    [InlineData("Officials of the Ministry of Education of Peru inspected the OUC's studios on 3 May 2021.", VisitDirection.Inbound)]
    public void The_way_is_read_from_who_goes_with_whom_and_where(string text, VisitDirection direction) =>
        Assert.Equal(direction, AnnouncementExtractor.Extract(text, 0, null).Direction);

    [Theory]
    [InlineData("Accompanied by the OUC, a delegation of the Hunan Provincial Department of Education visited the University of Lima on 3 May 2021.")]
    [InlineData("Accompanied by OUC staff, a delegation of the Ningxia Hui Autonomous Region Department of Education called on a college in Fiji on 3 May 2021.")]
    [InlineData("A delegation of the Education Department of Jiangxi Province, accompanied by OUC staff, was received by the rector of the University of Lima on 3 May 2021.")]
    public void A_provincial_delegation_the_home_university_accompanies_travels_with_it(string text) =>
        Assert.Equal(VisitDirection.Outbound, AnnouncementExtractor.Extract(text, 0, null).Direction);

    [Theory]
    [InlineData("A group of twelve OUC students of Spanish spent a month at the University of Lima in July 2019.", VisitDirection.Outbound)]
    [InlineData("The OUC team landed in Lima on 3 May 2021 and visited the OUC Learning Centre in Peru the next day.", VisitDirection.Outbound)]
    [InlineData("On 3 May 2021, a delegation of the Ministry of Education of Peru held talks at the OUC with its president.", VisitDirection.Inbound)]
    public void Learners_travel_a_centre_abroad_is_no_home_and_talks_held_at_the_home_university_bring_guests_to_it(string text, VisitDirection direction) =>
        Assert.Equal(direction, AnnouncementExtractor.Extract(text, 0, null).Direction);
}
