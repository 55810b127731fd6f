namespace Timeline.Domain.Records;

[EventType("RecordCorrected.v1")]
public sealed record RecordCorrected(string RecordId, FactChanges Changes, string Reason) : IRecordEvent;

[EventType("RecordRetracted.v1")]
public sealed record RecordRetracted(string RecordId, string Reason) : IRecordEvent;
