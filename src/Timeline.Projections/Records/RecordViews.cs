using System.Collections.Immutable;
using Timeline.EventStore.Serialization;

namespace Timeline.Projections.Records;

/// <summary>
/// The whole read model as a pure fold: every record's view and the position folded up to. Events at or
/// before the checkpoint are skipped, so folding the same event twice changes nothing.
/// </summary>
public sealed record RecordViews(ImmutableDictionary<string, RecordView> ById, long Checkpoint)
{
    public static readonly RecordViews Empty = new(ImmutableDictionary<string, RecordView>.Empty, 0);

    public static RecordViews Evolve(RecordViews views, EventEnvelope envelope)
    {
        if (envelope.Position <= views.Checkpoint)
            return views;
        var id = envelope.Event.RecordId;
        var next = RecordView.Evolve(views.ById.GetValueOrDefault(id), envelope);
        return new RecordViews(next is null ? views.ById : views.ById.SetItem(id, next), envelope.Position);
    }
}
