using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

public sealed class Reading_no_act_in_background_sentences
{
    [Theory]
    [InlineData("Founded in 1974, the Open University of Sri Lanka offers programmes to some 40,000 students.")]
    [InlineData("The memorandum covers joint research, the exchange of teachers and students, and shared courses.")]
    [InlineData("As a platform for lifelong learning, the credit bank has grown steadily since it was set up in 2012.")]
    public void A_profile_or_what_an_agreement_covers_states_no_act(string text) =>
        Assert.Null(AnnouncementExtractor.Extract(text, 0, null).Kind);

    [Fact]
    public void An_award_given_at_a_forum_is_the_honour_reported() =>
        Assert.Equal(ActivityKind.ActivityReported, AnnouncementExtractor.Extract(
            "At the forum on 9 June 2023, Zhang Lei, vice president of the OUC, was given the AAOU's Meritorious Service Award by the Asian Association of Open Universities (AAOU).",
            0, null).Kind);
}
