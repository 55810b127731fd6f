using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

public sealed class Reading_acts_told_around_their_words
{
    [Theory]
    [InlineData("The OUC and the University of Lima have a new memorandum on shared courses. It was signed on 3 May 2021 in Lima.", ActivityKind.AgreementSigned)]
    [InlineData("Rectors of nine universities met in Lima on 3 May 2021 for the yearly conference of a regional association.", ActivityKind.ConferenceHeld)]
    [InlineData("The joint degree of the OUC and the University of Lima took in its first 40 learners on 3 May 2021.", ActivityKind.ProgrammeLaunched)]
    [InlineData("On 3 May 2021 the rector of the University of Lima came to the OUC and was given a tour of its recording studios.", ActivityKind.DelegationVisited)]
    [InlineData("On 3 May 2021, twenty teachers of a college in Fiji learned to edit video for classrooms in a course given by OUC producers.", ActivityKind.TrainingHeld)]
    public void The_act_is_read_from_what_was_done_not_from_a_word_nearby(string text, ActivityKind kind) =>
        Assert.Equal(kind, AnnouncementExtractor.Extract(text, 0, null).Kind);

    [Fact]
    public void An_opening_not_yet_come_is_no_act() =>
        Assert.Null(AnnouncementExtractor.Extract("The OUC's new centre in Lima is not yet open.", 0, null).Kind);
}
