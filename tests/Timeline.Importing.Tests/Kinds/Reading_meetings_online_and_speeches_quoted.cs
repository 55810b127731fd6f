using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

public sealed class Reading_meetings_online_and_speeches_quoted
{
    [Theory]
    [InlineData("On 3 May 2021, Li Song, vice president of the OUC, welcomed online a delegation of the University of Lima.")]
    [InlineData("On 3 May 2021, the rector of the University of Lima was received by video by Li Song, vice president of the OUC.")]
    [InlineData("On 3 May 2021, the OUC hosted virtually a group of teachers from the University of Lima.")]
    public void Guests_received_on_a_screen_are_a_meeting(string text) =>
        Assert.Equal(ActivityKind.MeetingHeld, AnnouncementExtractor.Extract(text, 0, null).Kind);

    [Fact]
    public void Guests_who_travelled_and_were_also_met_online_made_a_visit() =>
        Assert.Equal(ActivityKind.DelegationVisited, AnnouncementExtractor.Extract(
            "On 3 May 2021, teachers of the University of Lima visited the OUC, and their rector was received online by Li Song, vice president of the OUC.",
            0, null).Kind);

    [Fact]
    public void A_speaker_s_words_of_the_future_plan_nothing() =>
        Assert.Equal(ActivityKind.TrainingHeld, AnnouncementExtractor.Extract(
            "\"Our teachers will use these tools every day,\" a trainer said. The OUC's workshop for 30 teachers of the University of Lima ran from 3 to 5 May 2021.",
            0, null).Kind);

    [Fact]
    public void Words_of_the_future_outside_a_quotation_still_plan() =>
        Assert.Null(AnnouncementExtractor.Extract(
            "The OUC will hold a workshop for 30 teachers of the University of Lima from 3 to 5 May 2025.", 0, null).Kind);
}
