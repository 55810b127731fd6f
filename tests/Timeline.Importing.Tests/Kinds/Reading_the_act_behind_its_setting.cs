using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

public sealed class Reading_the_act_behind_its_setting
{
    [Theory]
    [InlineData("Officials of the OUC and a ministry in Rwanda held a meeting on 3 May 2021 on teacher training.", ActivityKind.MeetingHeld)]
    [InlineData("Twenty teachers from Fiji received training at the OUC from 3 to 7 May 2021.", ActivityKind.TrainingHeld)]
    [InlineData("On 3 May 2021 the OUC was awarded a prize for open learning at a world conference in Oslo.", ActivityKind.ActivityReported)]
    [InlineData("During a visit to Lima on 3 May 2021, the OUC's president was elected chair of a network of open universities.", ActivityKind.ActivityReported)]
    public void The_act_is_read_over_the_occasion_or_topic_it_is_told_with(string text, ActivityKind kind) =>
        Assert.Equal(kind, AnnouncementExtractor.Extract(text, 0, null).Kind);

    [Fact]
    public void An_honour_is_read_by_a_rule_of_its_own_not_by_default()
    {
        var reading = AnnouncementExtractor.Extract("On 3 May 2021 the OUC was awarded a prize for open learning at a world conference in Oslo.", 0, null);

        Assert.Equal(ActivityKind.ActivityReported, reading.Kind);
        Assert.DoesNotContain(reading.Doubts, doubt => doubt.Contains("no rule for a kind matched", StringComparison.Ordinal));
    }
}
