using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

/// <summary>
/// The home university's people named by one of its units, as hosts or as travellers: guests shown round its rooms or
/// welcomed by the head of one of its offices came in; its own people taken abroad, or the university represented at
/// another's seat, went out; staff sent by it to a place went out, and a journey flown to open something is the opening.
/// </summary>
public sealed class Reading_the_home_university_s_units_as_hosts_and_travellers
{
    [Theory]
    [InlineData("On 5 May 2024, a delegation of Zambia's Ministry of Education was shown round the OUC's studios by staff of the university's Office of Planning.", VisitDirection.Inbound)]
    [InlineData("Welcomed by the dean of the OUC's School of Law, ten judges from Kenya toured its studios on 9 May 2024.", VisitDirection.Inbound)]
    [InlineData("The OUC, with a county education bureau, took a party of rural headteachers to Finland in June 2024 to visit schools in Espoo.", VisitDirection.Outbound)]
    [InlineData("Colleagues of the OUC's School of Law were welcomed at the University of Ghana on 4 June 2024.", VisitDirection.Outbound)]
    [InlineData("Sent by the OUC to Accra in May 2024, three of its technicians worked with the University of Ghana's staff on its online courses.", VisitDirection.Outbound)]
    public void The_direction_is_read(string text, VisitDirection direction)
    {
        var reading = AnnouncementExtractor.Extract(text, 0, null);

        Assert.Equal(ActivityKind.DelegationVisited, reading.Kind);
        Assert.Equal(direction, reading.Direction);
    }

    [Fact]
    public void A_university_represented_at_another_s_seat_visited_it()
    {
        var reading = AnnouncementExtractor.Extract(
            "On 2 June 2024 the OUC was represented at the University of Lagos by its vice president, who met the university's registrar.", 0, null);

        Assert.Equal(ActivityKind.DelegationVisited, reading.Kind);
        Assert.Equal(VisitDirection.Outbound, reading.Direction);
    }

    [Theory]
    [InlineData("OUC vice president Sun Hui flew to Lusaka on 3 June 2024 to open a learning centre at the University of Zambia. The next day she called on the minister.", ActivityKind.ProgrammeLaunched)]
    [InlineData("Teachers from Laos, in Beijing from 3 to 9 June 2024 for a forum on rural schools, spent a day at the OUC.", ActivityKind.DelegationVisited)]
    [InlineData("The OUC's Council held its winter session on 12 December 2023.", ActivityKind.MeetingHeld)]
    public void The_kind_is_read(string text, ActivityKind kind) =>
        Assert.Equal(kind, AnnouncementExtractor.Extract(text, 0, null).Kind);

    [Fact]
    public void A_unit_named_after_the_home_university_s_possessive_is_the_home_university()
    {
        var reading = AnnouncementExtractor.Extract("Lecturers of the OUC's School of Law visited the University of Ghana on 4 June 2024.", 0, null);

        Assert.Equal(["ouc", "university-of-ghana"], reading.Institutions.Select(i => i.Id).Order());
    }
}
