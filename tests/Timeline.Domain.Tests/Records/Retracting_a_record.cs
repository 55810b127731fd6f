using Timeline.Domain.Records;
using static Timeline.Domain.Tests.Records.Samples;

namespace Timeline.Domain.Tests.Records;

public class Retracting_a_record
{
    [Fact]
    public void Retracting_a_record_yields_RecordRetracted_with_the_reason() =>
        Spec.Given(Signing())
            .When(new RetractRecord(RecordId, " Duplicate of another announcement. "))
            .Then(new RecordRetracted(RecordId, "Duplicate of another announcement."));

    [Fact]
    public void A_corrected_record_can_be_retracted() =>
        Spec.Given(Signing(), DateCorrected())
            .When(new RetractRecord(RecordId, "Duplicate of another announcement."))
            .Then(new RecordRetracted(RecordId, "Duplicate of another announcement."));

    [Fact]
    public void Retracting_a_record_twice_is_refused() =>
        Spec.Given(Signing(), Retracted())
            .When(new RetractRecord(RecordId, "Duplicate of another announcement."))
            .ThenRefused(DomainErrors.RecordRetracted);

    [Fact]
    public void Retracting_a_missing_record_is_refused() =>
        Spec.Given()
            .When(new RetractRecord(RecordId, "Duplicate of another announcement."))
            .ThenRefused(DomainErrors.RecordNotFound);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Retracting_without_a_reason_is_refused(string reason)
    {
        var refusal = Spec.Given(Signing())
            .When(new RetractRecord(RecordId, reason))
            .ThenRefused(DomainErrors.InvalidValue);

        Assert.Equal("reason", refusal.Field);
    }
}
