using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

/// <summary>
/// Acts in words the lexicon lacked: a partnership concluded, names set to a memorandum with the day between, a course
/// given with its learners between, talks held "in a call", and a journey made for training.
/// </summary>
public sealed class Reading_signings_courses_and_calls_in_other_words
{
    [Theory]
    [InlineData("The OUC and Telia concluded a partnership on 3 May 2022 covering online tutoring in rural learning centres.", ActivityKind.AgreementSigned)]
    [InlineData("OUC vice president Li Song and the director of the library of Vilnius University set their names on 3 May 2022 to a memorandum on sharing open textbooks.", ActivityKind.AgreementSigned)]
    [InlineData("The OUC branch in Tibet gave 40 herders of a cooperative near Nagqu a course in bookkeeping in May 2022.", ActivityKind.TrainingHeld)]
    [InlineData("In a call on 3 May 2022, the OUC and Udemy agreed to share ten courses.", ActivityKind.MeetingHeld)]
    [InlineData("Twenty teachers from Latvia came to the OUC from 2 to 13 May 2022 for training in online tutoring.", ActivityKind.TrainingHeld)]
    [InlineData("Twenty teachers from Latvia came to the OUC in May 2022 for a short course on Chinese calligraphy.", ActivityKind.DelegationVisited)]
    public void The_act_is_read(string text, ActivityKind kind) =>
        Assert.Equal(kind, AnnouncementExtractor.Extract(text, 0, null).Kind);
}
