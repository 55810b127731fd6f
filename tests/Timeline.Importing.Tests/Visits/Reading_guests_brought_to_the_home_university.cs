using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

/// <summary>Guests the home university received, told with the day between the verb and its host, or brought to its city.</summary>
public sealed class Reading_guests_brought_to_the_home_university
{
    [Theory]
    [InlineData("Officials of the World Bank were received on 3 May 2021 by Li Song, vice president of the OUC, who showed them its studios.")]
    [InlineData("A study tour brought twelve lecturers of the University of Lima to Beijing from 3 to 7 May 2021, where they spent four days with OUC tutors.")]
    [InlineData("Teachers from a college in Fiji spent a week with the OUC's course designers in May 2021.")]
    public void Guests_received_by_the_home_university_or_brought_to_its_city_came_in(string text)
    {
        var reading = AnnouncementExtractor.Extract(text, 0, null);

        Assert.Equal(ActivityKind.DelegationVisited, reading.Kind);
        Assert.Equal(VisitDirection.Inbound, reading.Direction);
    }

    [Fact]
    public void The_home_university_s_people_received_on_a_day_by_others_went_out() =>
        Assert.Equal(VisitDirection.Outbound, AnnouncementExtractor.Extract(
            "Li Song, vice president of the OUC, was received on 3 May 2021 by Dr Ana Ruiz, rector of the University of Lima, during a visit to Peru.", 0, null).Direction);
}
