using Timeline.Domain.Dates;
using Timeline.Domain.Records;
using static Timeline.Domain.Tests.Records.Samples;

namespace Timeline.Domain.Tests.Records;

public class Correcting_a_record
{
    private static readonly FactChanges NextDay = new(Date: HistoricalDate.Parse("2018-12-18"));

    [Fact]
    public void Correcting_a_record_yields_RecordCorrected_with_the_changes_and_the_reason() =>
        Spec.Given(Signing())
            .When(new CorrectRecord(RecordId, NextDay, "The ceremony was the next day."))
            .Then(new RecordCorrected(RecordId, NextDay, "The ceremony was the next day."));

    [Fact]
    public void The_reason_of_a_correction_is_kept_without_surrounding_blanks() =>
        Spec.Given(Signing())
            .When(new CorrectRecord(RecordId, NextDay, "  The ceremony was the next day.\n"))
            .Then(new RecordCorrected(RecordId, NextDay, "The ceremony was the next day."));

    [Fact]
    public void A_corrected_record_can_be_corrected_again()
    {
        var retitled = new FactChanges(Title: "OUC and Universal College sign a framework agreement");

        Spec.Given(Signing(), DateCorrected())
            .When(new CorrectRecord(RecordId, retitled, "Title names the agreement as signed."))
            .Then(new RecordCorrected(RecordId, retitled, "Title names the agreement as signed."));
    }

    [Fact]
    public void Correcting_a_retracted_record_is_refused() =>
        Spec.Given(Signing(), Retracted())
            .When(new CorrectRecord(RecordId, NextDay, "The ceremony was the next day."))
            .ThenRefused(DomainErrors.RecordRetracted);

    [Fact]
    public void Correcting_a_missing_record_is_refused() =>
        Spec.Given()
            .When(new CorrectRecord(RecordId, NextDay, "The ceremony was the next day."))
            .ThenRefused(DomainErrors.RecordNotFound);

    [Fact]
    public void A_correction_with_no_changes_is_refused() =>
        Spec.Given(Signing())
            .When(new CorrectRecord(RecordId, new FactChanges(), "Nothing, really."))
            .ThenRefused(DomainErrors.NothingToCorrect);

    [Theory]
    [InlineData("")]
    [InlineData(" \t ")]
    public void A_correction_without_a_reason_is_refused(string reason)
    {
        var refusal = Spec.Given(Signing())
            .When(new CorrectRecord(RecordId, NextDay, reason))
            .ThenRefused(DomainErrors.InvalidValue);

        Assert.Equal("reason", refusal.Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_correction_that_would_empty_the_title_is_refused(string title)
    {
        var refusal = Spec.Given(Signing())
            .When(new CorrectRecord(RecordId, new FactChanges(Title: title), "Title was wrong."))
            .ThenRefused(DomainErrors.InvalidValue);

        Assert.Equal("title", refusal.Field);
    }

    [Fact]
    public void A_correction_that_would_remove_every_institution_is_refused() =>
        Spec.Given(Signing())
            .When(new CorrectRecord(RecordId, new FactChanges(Institutions: []), "No one took part."))
            .ThenRefused(DomainErrors.NoInstitution);

    [Fact]
    public void A_correction_is_checked_against_the_facts_as_already_corrected()
    {
        var onlyOuc = new RecordCorrected(RecordId, new FactChanges(Institutions: [Ouc()]), "Only OUC is named.");

        Spec.Given(Signing(), onlyOuc)
            .When(new CorrectRecord(RecordId, new FactChanges(Institutions: [Ouc(), Ouc()]), "Listed twice."))
            .ThenRefused(DomainErrors.InvalidValue);
    }
}
