using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

/// <summary>
/// Visits told by what the host had ("had as its guests", "had a visit from"), by guests who dropped in, by a host who
/// welcomed a guest named with an honorific, and after an opening that says why the guests were in town.
/// </summary>
public sealed class Reading_hosts_who_had_guests_and_guests_who_dropped_in
{
    [Theory]
    [InlineData("On 4 May 2021 the OUC had as its guests nine lecturers of a college in Fiji, who were attending a symposium in Beijing.")]
    [InlineData("On 4 May 2021 the OUC had a visit from Dr Ana Ruiz of Lima and two of her colleagues.")]
    [InlineData("The deputy mayor of Lima and his aides dropped in on the OUC on 4 May 2021 to see its studios.")]
    [InlineData("On 4 May 2021 the OUC welcomed Ms Rosa Quispe Huamán, Peru's deputy minister of culture, and her aides.")]
    [InlineData("While in Beijing for a forum on rural schools, a group of teachers from Fiji made an exchange visit to the OUC on 4 May 2021.")]
    public void Guests_the_home_university_had_came_in(string text)
    {
        var reading = AnnouncementExtractor.Extract(text, 0, null);

        Assert.Equal(ActivityKind.DelegationVisited, reading.Kind);
        Assert.Equal(VisitDirection.Inbound, reading.Direction);
    }

    [Fact]
    public void A_forum_the_guests_came_for_and_no_visit_stays_the_forum() =>
        Assert.Equal(ActivityKind.ConferenceHeld, AnnouncementExtractor.Extract(
            "During a week in Beijing for a forum on rural schools, teachers from Fiji spoke at the opening session on 4 May 2021.", 0, null).Kind);
}
