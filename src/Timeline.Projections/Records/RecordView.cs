using Timeline.Domain.Records;
using Timeline.EventStore.Serialization;

namespace Timeline.Projections.Records;

/// <summary>
/// One record as the read models see it: the domain's own state of the record (folded with the domain's
/// <see cref="RecordState.Evolve"/>, never a copy of it), where it sits in the log, and how often a person
/// reviewed it (reviews change no fact, so the domain's state does not count them).
/// </summary>
public sealed record RecordView(RecordState State, long FirstPosition, long LastPosition, long Revision, int Reviews = 0)
{
    public string Id => State.Id!;
    public ActivityKind Kind => State.Kind!.Value;
    public ActivityFacts Facts => State.Facts!;

    /// <summary>Whether the record belongs on timelines: a retracted record leaves them.</summary>
    public bool IsVisible => !State.Retracted;

    public static RecordView? Evolve(RecordView? view, EventEnvelope envelope)
    {
        var state = RecordState.Evolve(view?.State ?? RecordState.Initial, envelope.Event);
        return state.Exists
            ? new RecordView(state, view?.FirstPosition ?? envelope.Position, envelope.Position, envelope.Revision,
                (view?.Reviews ?? 0) + (envelope.Event is RecordReviewed ? 1 : 0))
            : view;
    }
}
