namespace Timeline.Domain.Records;

/// <summary>What a person concluded after checking a record against its source.</summary>
public enum ReviewVerdict
{
    /// <summary>The record says what the source says.</summary>
    Confirmed,

    /// <summary>The record was wrong and has been (or is being) corrected.</summary>
    Corrected,

    /// <summary>The record should not stand; a retraction usually follows.</summary>
    Rejected,
}

/// <summary>
/// A person checked the record. It changes no fact: the record's timeline entry stays as it is, and the review
/// only enters the audit trail (who reviewed comes from the event's metadata, like every other event).
/// </summary>
[EventType("RecordReviewed.v1")]
public sealed record RecordReviewed(string RecordId, ReviewVerdict Verdict, string? Note) : IRecordEvent;

public static class ReviewVerdicts
{
    /// <summary>Reads a verdict by its name, in any letter case; numbers are not names.</summary>
    public static bool TryParse(string? text, out ReviewVerdict verdict) =>
        Enum.TryParse(text, ignoreCase: true, out verdict) && Enum.IsDefined(verdict) && !int.TryParse(text, out _);

    /// <summary>The name callers send and read: <c>confirmed</c>, <c>corrected</c>, <c>rejected</c>.</summary>
    public static string NameOf(ReviewVerdict verdict) => verdict.ToString().ToLowerInvariant();
}
