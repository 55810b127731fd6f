using Timeline.Domain.Records;
using static Timeline.Domain.Tests.Records.Samples;

namespace Timeline.Domain.Tests.Records;

public class Reviewing_a_record
{
    [Fact]
    public void Reviewing_a_record_yields_RecordReviewed_with_the_verdict_and_the_trimmed_note() =>
        Spec.Given(Signing())
            .When(new ReviewRecord(RecordId, ReviewVerdict.Confirmed, "  Matches the source paragraph. "))
            .Then(new RecordReviewed(RecordId, ReviewVerdict.Confirmed, "Matches the source paragraph."));

    [Fact]
    public void A_blank_note_is_no_note() =>
        Spec.Given(Signing(), DateCorrected())
            .When(new ReviewRecord(RecordId, ReviewVerdict.Corrected, "   "))
            .Then(new RecordReviewed(RecordId, ReviewVerdict.Corrected, null));

    [Fact]
    public void A_record_can_be_reviewed_again() =>
        Spec.Given(Signing(), new RecordReviewed(RecordId, ReviewVerdict.Confirmed, null))
            .When(new ReviewRecord(RecordId, ReviewVerdict.Rejected, "A second reader disagrees."))
            .Then(new RecordReviewed(RecordId, ReviewVerdict.Rejected, "A second reader disagrees."));

    [Fact]
    public void Reviewing_a_missing_record_is_refused() =>
        Spec.Given()
            .When(new ReviewRecord(RecordId, ReviewVerdict.Confirmed, null))
            .ThenRefused(DomainErrors.RecordNotFound);

    [Fact]
    public void Reviewing_a_retracted_record_is_refused() =>
        Spec.Given(Signing(), Retracted())
            .When(new ReviewRecord(RecordId, ReviewVerdict.Confirmed, null))
            .ThenRefused(DomainErrors.RecordRetracted);

    [Fact]
    public void A_note_longer_than_the_limit_is_refused()
    {
        var refusal = Spec.Given(Signing())
            .When(new ReviewRecord(RecordId, ReviewVerdict.Confirmed, new string('n', RecordRules.MaxNoteLength + 1)))
            .ThenRefused(DomainErrors.InvalidValue);

        Assert.Equal("note", refusal.Field);
    }

    [Fact]
    public void A_review_changes_no_fact_of_the_record()
    {
        var before = RecordState.Fold([Signing(), DateCorrected()]);

        var after = RecordState.Evolve(before, new RecordReviewed(RecordId, ReviewVerdict.Rejected, "Wrong date."));

        Assert.Same(before, after);
    }
}
