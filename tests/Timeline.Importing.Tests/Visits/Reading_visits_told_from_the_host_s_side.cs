using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

/// <summary>How the home university's newsroom tells its own guests' visits: through the officer who received them.</summary>
public sealed class Reading_visits_told_from_the_host_s_side
{
    [Theory]
    [InlineData("On 3 May 2021, Li Song, vice president of the OUC, received a delegation from a university in Chile.")]
    [InlineData("On 3 May 2021, Wang Ping, OUC president, met with a visiting group from a college in Fiji.")]
    [InlineData("On 3 May 2021 the rector of a university in Peru called at the OUC and held a meeting with its president.")]
    [InlineData("On 3 May 2021, Li Song, vice president of the OUC, met with the rector of a university in Peru and her delegation.")]
    [InlineData("Welcoming the guests from a college in Fiji on 3 May 2021, Li Song, vice president of the OUC, spoke of online courses.")]
    public void An_officer_of_the_home_university_who_receives_or_meets_guests_is_the_university_hosting(string text)
    {
        var reading = AnnouncementExtractor.Extract(text, 0, null);

        Assert.Equal(ActivityKind.DelegationVisited, reading.Kind);
        Assert.Equal(VisitDirection.Inbound, reading.Direction);
    }

    [Fact]
    public void Others_who_accompany_the_home_university_s_people_leave_them_travelling()
    {
        var reading = AnnouncementExtractor.Extract("Accompanied by embassy officials, an OUC team of four visited a college in Fiji on 3 May 2021.", 0, null);

        Assert.Equal(VisitDirection.Outbound, reading.Direction);
    }
}
