namespace Timeline.Domain.Records;

public enum VisitDirection
{
    Inbound,
    Outbound,
}

public enum ConferenceRole
{
    Host,
    Participant,
}

[EventType("AgreementSigned.v1")]
public sealed record AgreementSigned(string RecordId, ActivityFacts Facts, string AgreementType, IReadOnlyList<string> Signatories)
    : IActivityRecorded;

[EventType("DelegationVisited.v1")]
public sealed record DelegationVisited(
    string RecordId,
    ActivityFacts Facts,
    VisitDirection Direction,
    string? HostInstitutionId,
    IReadOnlyList<string> VisitorInstitutionIds,
    string? Leader,
    int? MemberCount) : IActivityRecorded;

[EventType("TrainingHeld.v1")]
public sealed record TrainingHeld(
    string RecordId,
    ActivityFacts Facts,
    string? OrganiserInstitutionId,
    IReadOnlyList<string> Beneficiaries,
    string? Programme) : IActivityRecorded;

[EventType("ConferenceHeld.v1")]
public sealed record ConferenceHeld(string RecordId, ActivityFacts Facts, ConferenceRole Role) : IActivityRecorded;

[EventType("MeetingHeld.v1")]
public sealed record MeetingHeld(string RecordId, ActivityFacts Facts) : IActivityRecorded;

[EventType("DonationMade.v1")]
public sealed record DonationMade(string RecordId, ActivityFacts Facts, string? Donor, string? Recipient) : IActivityRecorded;

[EventType("CompetitionHeld.v1")]
public sealed record CompetitionHeld(string RecordId, ActivityFacts Facts) : IActivityRecorded;

[EventType("ProgrammeLaunched.v1")]
public sealed record ProgrammeLaunched(string RecordId, ActivityFacts Facts) : IActivityRecorded;

[EventType("ActivityReported.v1")]
public sealed record ActivityReported(string RecordId, ActivityFacts Facts) : IActivityRecorded;
