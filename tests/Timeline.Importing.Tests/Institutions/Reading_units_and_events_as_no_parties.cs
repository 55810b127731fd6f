namespace Timeline.Importing.Tests;

public sealed class Reading_units_and_events_as_no_parties
{
    [Theory]
    [InlineData("The OUC Learning Centre in Lusaka, Zambia was opened on 3 May 2021.")]
    [InlineData("On 3 May 2021 the OUC launched its Silk Road Digital Academy for learners in Central Asia.")]
    [InlineData("An OUC team won second place at the Asia-Pacific Open University Debating Championship on 3 May 2021.")]
    public void The_home_university_s_own_centres_and_the_events_named_after_a_body_are_no_parties(string text) =>
        Assert.Equal(["ouc"], AnnouncementExtractor.Extract(text, 0, null).Institutions.Select(i => i.Id));

    [Theory]
    [InlineData("On 3 May 2021, Zhang Lei, vice president of the OUC, received the rector of the University of Lima and her party. Zhang Lei briefed the guests on its courses.")]
    [InlineData("On 3 May 2021, Jing Degang, OUC president, held an online meeting with the rector of the University of Lima.")]
    [InlineData("On 3 May 2021, a delegation of the University of Lima led by vice-rector Ana Ruiz was received at the OUC.")]
    [InlineData("On 3 May 2021 the OUC's Research Institute for Lifelong Learning held a seminar with the University of Lima.")]
    [InlineData("On 3 May 2021 the OUC hosted the ICDE World Conference with the University of Lima.")]
    public void People_named_with_their_titles_units_and_events_leave_no_name_unaccounted_for(string text) =>
        Assert.DoesNotContain(AnnouncementExtractor.Extract(text, 0, null).Doubts,
            doubt => doubt.Contains("no institution found accounts for", StringComparison.Ordinal));
}
