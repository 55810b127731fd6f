namespace Timeline.Api.Records;

/// <summary>
/// The JSON body that records one activity, tagged with its <see cref="Kind"/>. Every field arrives as plain
/// JSON and is checked by <see cref="ActivityInputMapper"/>, so each problem is reported against its field.
/// </summary>
public sealed record ActivityInput
{
    public string? Kind { get; init; }
    public string? RecordId { get; init; }
    public string? Date { get; init; }
    public string? Title { get; init; }
    public List<InstitutionInput>? Institutions { get; init; }
    public List<string>? Countries { get; init; }
    public List<string>? Places { get; init; }
    public List<PersonInput>? People { get; init; }
    public SourceInput? Source { get; init; }

    // AgreementSigned
    public string? AgreementType { get; init; }
    public List<string>? Signatories { get; init; }

    // DelegationVisited
    public string? Direction { get; init; }
    public string? HostInstitutionId { get; init; }
    public List<string>? VisitorInstitutionIds { get; init; }
    public string? Leader { get; init; }
    public int? MemberCount { get; init; }

    // TrainingHeld
    public string? OrganiserInstitutionId { get; init; }
    public List<string>? Beneficiaries { get; init; }
    public string? Programme { get; init; }

    // ConferenceHeld
    public string? ConferenceRole { get; init; }

    // DonationMade
    public string? Donor { get; init; }
    public string? Recipient { get; init; }
}

public sealed record InstitutionInput(string? Id, string? Name, string? Acronym, string? Country, string? Role);

public sealed record PersonInput(string? Name, string? Role, string? InstitutionId);

public sealed record SourceInput(
    string? DocumentId,
    string? Url,
    int? ParagraphIndex,
    string? Text,
    string? Sha256,
    string? PublishedOn);

/// <summary>The facts a correction replaces; a field left out stays as it was.</summary>
public sealed record FactChangesInput(
    string? Date,
    string? Title,
    List<InstitutionInput>? Institutions,
    List<string>? Countries,
    List<string>? Places,
    List<PersonInput>? People);
