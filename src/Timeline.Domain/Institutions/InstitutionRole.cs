namespace Timeline.Domain.Institutions;

/// <summary>The part an institution plays in one activity.</summary>
public enum InstitutionRole
{
    Organiser,
    Host,
    Party,
    Participant,
    Visitor,
    Inviter,
    Partner,
    Beneficiary,
    Donor,
    Recipient,
    Attendee,
}
