using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

/// <summary>
/// Visits told after an undated gathering the guests came for, by a party welcomed at a host abroad, by guests received on
/// a weekday at the home university or making it one stop of a tour, and by the home university's people named by trade
/// or by one of its offices.
/// </summary>
public sealed class Reading_guests_after_a_gathering_and_parties_welcomed_abroad
{
    [Theory]
    [InlineData("After the annual forum on open schools in Beijing, the rector of Tallinn University and two deans came to the OUC on 3 May 2022.", VisitDirection.Inbound)]
    [InlineData("Welcomed at the University of Tartu on 3 May 2022, an OUC party of four discussed joint courses with its rector.", VisitDirection.Outbound)]
    [InlineData("Engineers of Ericsson from Stockholm were received on Friday at the OUC, where they saw its studios.", VisitDirection.Inbound)]
    [InlineData("The OUC was the last stop of a study tour made by ten school heads from Latvia, who spent 3 May 2022 at the university.", VisitDirection.Inbound)]
    [InlineData("A team of three OUC technicians travelled to Riga in May 2022 to help a college there equip its studio.", VisitDirection.Outbound)]
    [InlineData("Staff of the International Exchange Office of the OUC visited Tallinn University on 3 May 2022.", VisitDirection.Outbound)]
    [InlineData("Staff of the Office of International Exchange of the OUC visited the University of Latvia in Riga on 3 May 2022.", VisitDirection.Outbound)]
    [InlineData("Two lecturers from the Department for Distance Learning of the Open University of China toured Tartu in May 2022.", VisitDirection.Outbound)]
    public void The_visit_and_who_travelled_are_read(string text, VisitDirection direction)
    {
        var reading = AnnouncementExtractor.Extract(text, 0, new DateOnly(2022, 5, 9));

        Assert.Equal(ActivityKind.DelegationVisited, reading.Kind);
        Assert.Equal(direction, reading.Direction);
    }

    [Fact]
    public void A_dated_gathering_before_the_visit_stays_the_gathering() =>
        Assert.Equal(ActivityKind.ConferenceHeld, AnnouncementExtractor.Extract(
            "After a forum on open schools in Riga on 3 May 2022, OUC staff visited the University of Latvia.", 0, null).Kind);
}
