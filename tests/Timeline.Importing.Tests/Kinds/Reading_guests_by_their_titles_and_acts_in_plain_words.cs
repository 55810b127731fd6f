using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

/// <summary>
/// Acts the tenth round told in words the rules did not know: guests received by name and title, partnerships
/// formalised, courses taken, people who got together, gifts collected, enrolment begun, an app released, exams sat,
/// a stay somewhere abroad, and talks held on a journey.
/// </summary>
public sealed class Reading_guests_by_their_titles_and_acts_in_plain_words
{
    [Theory]
    [InlineData("The University of Ghana hosted Prof. Wang Lin, dean of the OUC's School of Education, on 3 May 2021.", ActivityKind.DelegationVisited)]
    [InlineData("Makerere University received Liu Fang, director of the OUC's learning centres, on 3 May 2021.", ActivityKind.DelegationVisited)]
    [InlineData("Officials of a provincial education department inspected the OUC's learning centre on 3 May 2021.", ActivityKind.DelegationVisited)]
    [InlineData("A team of lecturers from Peru stayed at the OUC from 3 to 7 May 2021.", ActivityKind.DelegationVisited)]
    [InlineData("From 3 to 7 May 2021 an OUC team was in Lima, where it held talks with a university.", ActivityKind.DelegationVisited)]
    [InlineData("Li Hua, OUC vice president, met the rector of a university in Lima on 3 May 2021 during a visit to Peru.", ActivityKind.DelegationVisited)]
    [InlineData("On 3 May 2021 the OUC formalised its partnership with a university in Peru.", ActivityKind.AgreementSigned)]
    [InlineData("On 3 May 2021 the OUC and a university in Peru set down their cooperation in a memorandum.", ActivityKind.AgreementSigned)]
    [InlineData("On 3 May 2021 OUC staff collected 2,000 books for village schools.", ActivityKind.DonationMade)]
    [InlineData("On 3 May 2021, 30 officials from Laos took a course on distance education at the OUC.", ActivityKind.TrainingHeld)]
    [InlineData("On 3 May 2021 OUC managers and a bank's executives got together to plan loans for learners.", ActivityKind.MeetingHeld)]
    [InlineData("The OUC began enrolling learners in its new degree in nursing on 3 May 2021.", ActivityKind.ProgrammeLaunched)]
    [InlineData("The OUC's learning app for farmers was released on 3 May 2021.", ActivityKind.ProgrammeLaunched)]
    [InlineData("On 3 May 2021, 2,000 learners sat the OUC's examinations online.", ActivityKind.ActivityReported)]
    public void The_act_is_read_by_a_rule_from_words_of_its_own(string text, ActivityKind kind)
    {
        var reading = AnnouncementExtractor.Extract(text, 0, null);

        Assert.Equal(kind, reading.Kind);
        // Read by a rule, not left to the trained model, which reads some of these right by chance of its words.
        Assert.DoesNotContain(Doubts.TrainedKind.ToString(), reading.Doubts);
    }
}
