using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

public sealed class Telling_events_apart_by_what_happened
{
    [Theory]
    [InlineData("A seminar for 30 officials of the Ministry of Education of Peru on managing learning centres was held at the OUC from 8 to 19 May 2017.", ActivityKind.TrainingHeld)]
    [InlineData("From 3 to 16 June 2018, officials from Peru and Chile attended a seminar on education informatisation at the OUC.", ActivityKind.TrainingHeld)]
    [InlineData("A workshop on research methods, at which young scholars from Peru presented their papers, was held at the OUC on 11 July 2019.", ActivityKind.ConferenceHeld)]
    [InlineData("On 3 May 2021 the OUC held a seminar on open education with scholars from Peru.", ActivityKind.ConferenceHeld)]
    [InlineData("The OUC held a seminar on open education with scholars from Peru from 3 to 5 May 2021.", ActivityKind.ConferenceHeld)]
    [InlineData("The Peruvian forum on open education, with a seminar for OUC teachers, ran in Lima from 3 to 14 May 2021.", ActivityKind.ConferenceHeld)]
    [InlineData("The OUC ran a workshop for tutors of the University of Lima on 3 May 2021.", ActivityKind.TrainingHeld)]
    public void A_seminar_of_a_week_or_more_is_a_course_and_papers_presented_make_a_conference(string text, ActivityKind kind) =>
        Assert.Equal(kind, AnnouncementExtractor.Extract(text, 0, null).Kind);
}
