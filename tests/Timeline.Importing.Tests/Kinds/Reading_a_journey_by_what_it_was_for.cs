using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

/// <summary>
/// A journey made for another act is that act; why guests were in town is background to what they did there; a future
/// told in a clause after an act done plans nothing.
/// </summary>
public sealed class Reading_a_journey_by_what_it_was_for
{
    [Theory]
    [InlineData("On 3 May 2021 an OUC team travelled to Lima to give a workshop on video lectures for the university's tutors.", ActivityKind.TrainingHeld)]
    [InlineData("Three OUC tutors made a trip to Suva from 3 to 7 May 2021 to train the college's librarians.", ActivityKind.TrainingHeld)]
    [InlineData("On 3 May 2021 the OUC's president visited Oslo to attend the annual meeting of a network of open universities.", ActivityKind.MeetingHeld)]
    [InlineData("In May 2021 two OUC deans went to Lima to attend the regional forum on open schooling.", ActivityKind.ConferenceHeld)]
    public void A_journey_made_for_another_act_is_that_act(string text, ActivityKind kind) =>
        Assert.Equal(kind, AnnouncementExtractor.Extract(text, 0, null).Kind);

    [Fact]
    public void A_journey_made_to_see_how_others_work_stays_a_visit() =>
        Assert.Equal(ActivityKind.DelegationVisited,
            AnnouncementExtractor.Extract("On 3 May 2021 an OUC team travelled to Lima to learn how the university runs its courses.", 0, null).Kind);

    [Fact]
    public void Why_the_guests_were_in_town_is_background_to_the_visit()
    {
        var reading = AnnouncementExtractor.Extract(
            "Ten officials of a ministry in Peru, in Beijing for a forum on rural schools, came to the OUC on 3 May 2021.", 0, null);

        Assert.Equal(ActivityKind.DelegationVisited, reading.Kind);
        Assert.Equal(VisitDirection.Inbound, reading.Direction);
    }

    [Fact]
    public void People_who_met_for_a_seminar_held_the_seminar() =>
        Assert.Equal(ActivityKind.ConferenceHeld,
            AnnouncementExtractor.Extract("Scholars of five countries met in Xi'an on 3 and 4 May 2021 for a seminar on open schooling, hosted by the OUC.", 0, null).Kind);

    [Theory]
    [InlineData("On 3 May 2021 the OUC dispatched two tutors to a college in Fiji, where they will stay for a term.", ActivityKind.DelegationVisited)]
    [InlineData("On 3 May 2021 the OUC entered into a partnership with Coursera under which the firm will carry ten OUC courses.", ActivityKind.AgreementSigned)]
    public void A_future_told_after_an_act_done_plans_nothing(string text, ActivityKind kind) =>
        Assert.Equal(kind, AnnouncementExtractor.Extract(text, 0, null).Kind);

    [Theory]
    [InlineData("The OUC opened its doors on 3 May 2021 to Dr Ana Ruiz, minister of education of Peru, and her party.")]
    [InlineData("The OUC hosted Mr Jan Berg, counsellor for science at the Embassy of Norway in China, on 3 May 2021.")]
    public void Guests_named_by_their_offices_are_a_visit_to_their_host(string text)
    {
        var reading = AnnouncementExtractor.Extract(text, 0, null);

        Assert.Equal(ActivityKind.DelegationVisited, reading.Kind);
        Assert.Equal(VisitDirection.Inbound, reading.Direction);
    }

    [Theory]
    [InlineData("The University of Lima, founded in 1950, teaches some 20,000 learners in Peru.")]
    [InlineData("The OUC's new centre in Peru is not yet open: its building is still being painted.")]
    public void A_profile_or_an_opening_still_to_come_is_no_act(string text) =>
        Assert.Null(AnnouncementExtractor.Extract(text, 0, null).Kind);
}
