namespace Timeline.Domain.Records;

/// <summary>
/// What is currently known of one record: the activity as first stated, its facts after every correction,
/// and whether it was retracted. <see cref="Evolve"/> is the one fold of a record stream; read models reuse it.
/// </summary>
public sealed record RecordState(
    string? Id,
    IActivityRecorded? Recorded,
    ActivityFacts? Facts,
    int Corrections,
    bool Retracted,
    string? RetractionReason)
{
    public static readonly RecordState Initial = new(null, null, null, 0, false, null);

    public bool Exists => Recorded is not null;

    public ActivityKind? Kind => Recorded is null ? null : ActivityKinds.Of(Recorded);

    public static RecordState Evolve(RecordState state, IRecordEvent @event) => @event switch
    {
        IActivityRecorded recorded => state with { Id = recorded.RecordId, Recorded = recorded, Facts = recorded.Facts },
        RecordCorrected corrected when state.Facts is { } facts =>
            state with { Facts = corrected.Changes.ApplyTo(facts), Corrections = state.Corrections + 1 },
        RecordRetracted retracted => state with { Retracted = true, RetractionReason = retracted.Reason },
        // A review is an audited look at the record, not a change of it.
        RecordReviewed => state,
        _ => state,
    };

    public static RecordState Fold(IEnumerable<IRecordEvent> events) => events.Aggregate(Initial, Evolve);
}
