namespace Timeline.Domain.Records;

public abstract record RecordCommand(string RecordId);

public sealed record RecordActivity(IActivityRecorded Activity) : RecordCommand(Activity.RecordId);

public sealed record CorrectRecord(string RecordId, FactChanges Changes, string Reason) : RecordCommand(RecordId);

public sealed record RetractRecord(string RecordId, string Reason) : RecordCommand(RecordId);

public sealed record ReviewRecord(string RecordId, ReviewVerdict Verdict, string? Note) : RecordCommand(RecordId);
