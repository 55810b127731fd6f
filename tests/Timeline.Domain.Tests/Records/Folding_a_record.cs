using Timeline.Domain.Dates;
using Timeline.Domain.Records;
using static Timeline.Domain.Tests.Records.Samples;

namespace Timeline.Domain.Tests.Records;

public class Folding_a_record
{
    [Fact]
    public void The_initial_state_knows_no_record()
    {
        var state = RecordState.Fold([]);

        Assert.Same(RecordState.Initial, state);
        Assert.False(state.Exists);
        Assert.Null(state.Kind);
        Assert.Null(state.Facts);
    }

    [Fact]
    public void Recording_an_activity_gives_the_record_its_id_kind_and_facts()
    {
        var signing = Signing();

        var state = RecordState.Evolve(RecordState.Initial, signing);

        Assert.True(state.Exists);
        Assert.Equal(RecordId, state.Id);
        Assert.Equal(ActivityKind.AgreementSigned, state.Kind);
        Assert.Same(signing.Facts, state.Facts);
        Assert.Equal(0, state.Corrections);
        Assert.False(state.Retracted);
    }

    [Fact]
    public void Corrections_change_the_facts_and_are_counted()
    {
        var retitled = new RecordCorrected(RecordId, new FactChanges(Title: "A framework agreement"), "Names the agreement.");

        var state = RecordState.Fold([Signing(), DateCorrected(), retitled]);

        Assert.Equal(2, state.Corrections);
        Assert.Equal(HistoricalDate.Parse("2018-12-18"), state.Facts!.Date);
        Assert.Equal("A framework agreement", state.Facts.Title);
        Assert.Equal(Facts().Places, state.Facts.Places);
    }

    [Fact]
    public void A_correction_changes_only_the_facts_it_names()
    {
        var signing = Signing();

        var state = RecordState.Fold([signing, DateCorrected()]);

        Assert.Same(signing.Facts.Institutions, state.Facts!.Institutions);
        Assert.Same(signing.Facts.Source, state.Facts.Source);
        Assert.Equal(signing.Facts.Title, state.Facts.Title);
    }

    [Fact]
    public void Retraction_flags_the_record_and_keeps_its_reason()
    {
        var state = RecordState.Fold([Signing(), Retracted()]);

        Assert.True(state.Retracted);
        Assert.True(state.Exists);
        Assert.Equal(Retracted().Reason, state.RetractionReason);
    }

    [Fact]
    public void The_activity_as_first_recorded_is_kept_through_corrections_and_retraction()
    {
        var signing = Signing();

        var state = RecordState.Fold([signing, DateCorrected(), Retracted()]);

        Assert.Same(signing, state.Recorded);
        Assert.Equal(HistoricalDate.Parse("2018-12-17"), state.Recorded!.Facts.Date);
        Assert.Equal(HistoricalDate.Parse("2018-12-18"), state.Facts!.Date);
    }

    [Fact]
    public void A_correction_of_a_record_not_yet_recorded_changes_nothing()
    {
        var state = RecordState.Evolve(RecordState.Initial, DateCorrected());

        Assert.Same(RecordState.Initial, state);
    }

    [Fact]
    public void Folding_is_evolving_event_after_event()
    {
        IRecordEvent[] events = [Signing(), DateCorrected(), Retracted()];

        var stepByStep = RecordState.Initial;
        foreach (var @event in events)
            stepByStep = RecordState.Evolve(stepByStep, @event);

        Assert.Equal(stepByStep, RecordState.Fold(events));
    }
}
