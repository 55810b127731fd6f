namespace Timeline.Domain.Records;

/// <summary>An event on one record's stream.</summary>
public interface IRecordEvent
{
    string RecordId { get; }
}

/// <summary>The first event of a record: the activity it states.</summary>
public interface IActivityRecorded : IRecordEvent
{
    ActivityFacts Facts { get; }
}
