namespace Timeline.Contracts;

/// <summary>
/// Integration messages: one per change of a record, published in log order. They are not the domain events:
/// they carry what a subscriber needs (the record's current facts) and keep their shape when the domain moves on.
/// The message id is the id of the stored event, so a subscriber can drop repeats.
/// </summary>
public sealed record RecordRecordedV1(
    string RecordId,
    string Kind,
    string Date,
    string Title,
    IReadOnlyList<string> InstitutionIds,
    IReadOnlyList<string> Countries,
    long Revision,
    long Position,
    DateTimeOffset RecordedAt,
    string RecordedBy);

public sealed record RecordCorrectedV1(
    string RecordId,
    string Kind,
    string Date,
    string Title,
    IReadOnlyList<string> InstitutionIds,
    IReadOnlyList<string> Countries,
    string Reason,
    long Revision,
    long Position,
    DateTimeOffset RecordedAt,
    string RecordedBy);

public sealed record RecordRetractedV1(string RecordId, string Reason, long Revision, long Position, DateTimeOffset RecordedAt, string RecordedBy);

/// <summary>
/// A person reviewed the record (verdict <c>confirmed</c>, <c>corrected</c> or <c>rejected</c>, and an optional note).
/// No fact changed: a subscriber keeping the record's facts has nothing to update, only an audit entry to add.
/// </summary>
public sealed record RecordReviewedV1(string RecordId, string Verdict, string? Note, long Revision, long Position, DateTimeOffset RecordedAt,
    string RecordedBy);
