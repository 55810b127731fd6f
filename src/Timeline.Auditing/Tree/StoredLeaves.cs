using Timeline.Auditing.Proofs.Leaves;
using Timeline.EventStore;

namespace Timeline.Auditing.Tree;

public static class StoredLeaves
{
    public static LogLeaf Of(StoredEvent e) => new(e.EventId, e.Stream, e.Revision, e.Type, e.RecordedAt, e.Data,
        e.Metadata.RecordedBy, e.Metadata.CorrelationId, e.Metadata.CausationId, e.Metadata.ImportBatch);
}
