using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

public sealed class Reading_signings_denied_or_planned_as_none
{
    [Theory]
    [InlineData("On 3 May 2021 a delegation of the University of Lima visited the OUC. No memorandum was signed, but both sides will keep in touch.")]
    [InlineData("On 3 May 2021 the OUC team called on the University of Lima. The two sides signed no memorandum but agreed on a joint course.")]
    [InlineData("On 3 May 2021 the rector of the University of Lima visited the OUC. The two universities plan to sign an agreement next year.")]
    [InlineData("On 3 May 2021 the rector of the University of Lima visited the OUC, and both sides hoped to renew their agreement.")]
    [InlineData("Although a memorandum had been expected, the OUC delegation left Lima on 3 May 2021 without signing one.")]
    [InlineData("The rector of the University of Lima visited the OUC on 3 May 2021; the talks ended without an agreement being signed.")]
    public void A_visit_with_a_signing_denied_or_to_come_is_the_visit(string text) =>
        Assert.Equal(ActivityKind.DelegationVisited, AnnouncementExtractor.Extract(text, 0, null).Kind);

    [Fact]
    public void A_signing_with_no_date_set_is_no_act() =>
        Assert.Null(AnnouncementExtractor.Extract("No date has been set yet for signing the memorandum with the University of Lima.", 0, null).Kind);

    [Theory]
    [InlineData("On 12 March 2023 the OUC and the University of Nairobi not only signed a memorandum of understanding but also launched a joint course.")]
    [InlineData("With no delay, the OUC and the University of Nairobi signed the agreement on 3 June 2021.")]
    [InlineData("Never before had the two universities worked together, and on 3 June 2021 they signed a memorandum.")]
    public void A_negation_that_does_not_deny_the_signing_leaves_it_a_signing(string text)
    {
        var read = AnnouncementExtractor.Extract(text, 0, null);
        Assert.Equal(ActivityKind.AgreementSigned, read.Kind);
        Assert.DoesNotContain(read.Doubts, doubt => doubt.Contains("no rule found an act", StringComparison.Ordinal));
    }

    [Fact]
    public void A_signing_done_is_still_a_signing() =>
        Assert.Equal(ActivityKind.AgreementSigned, AnnouncementExtractor.Extract(
            "On 3 May 2021 the OUC and the University of Lima signed an agreement under which they will not charge each other's students.", 0, null).Kind);
}
