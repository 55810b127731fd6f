using Timeline.Api.Validation;
using Timeline.Domain.Institutions;
using Timeline.Domain.Records;

namespace Timeline.Api.Records;

/// <summary>The fields that belong to one kind of activity, and the institutions they refer to.</summary>
public static partial class ActivityInputMapper
{
    private static readonly Dictionary<ActivityKind, string[]> KindFields = new()
    {
        [ActivityKind.AgreementSigned] = ["agreementType", "signatories"],
        [ActivityKind.DelegationVisited] = ["direction", "hostInstitutionId", "visitorInstitutionIds", "leader", "memberCount"],
        [ActivityKind.TrainingHeld] = ["organiserInstitutionId", "beneficiaries", "programme"],
        [ActivityKind.ConferenceHeld] = ["conferenceRole"],
        [ActivityKind.DonationMade] = ["donor", "recipient"],
    };

    private static void CheckKindFields(ActivityKind kind, ActivityInput input, List<InstitutionRef>? institutions, ValidationErrors errors)
    {
        var given = new (string Name, bool Present)[]
        {
            ("agreementType", input.AgreementType is not null), ("signatories", input.Signatories is not null),
            ("direction", input.Direction is not null), ("hostInstitutionId", input.HostInstitutionId is not null),
            ("visitorInstitutionIds", input.VisitorInstitutionIds is not null), ("leader", input.Leader is not null),
            ("memberCount", input.MemberCount is not null), ("organiserInstitutionId", input.OrganiserInstitutionId is not null),
            ("beneficiaries", input.Beneficiaries is not null), ("programme", input.Programme is not null),
            ("conferenceRole", input.ConferenceRole is not null), ("donor", input.Donor is not null), ("recipient", input.Recipient is not null),
        };
        var allowed = KindFields.GetValueOrDefault(kind) ?? [];
        foreach (var (name, _) in given.Where(g => g.Present && !allowed.Contains(g.Name)))
            errors.Add(name, $"does not apply to {kind}");

        switch (kind)
        {
            case ActivityKind.AgreementSigned when string.IsNullOrWhiteSpace(input.AgreementType):
                errors.Add("agreementType", "is required for AgreementSigned (e.g. 'memorandum of understanding')");
                break;
            case ActivityKind.DelegationVisited:
                if (input.Direction is null || !TryEnum<VisitDirection>(input.Direction, out _))
                    errors.Add("direction", "is required for DelegationVisited: inbound or outbound");
                if (input.MemberCount is <= 0)
                    errors.Add("memberCount", "must be one or more");
                break;
            case ActivityKind.ConferenceHeld when input.ConferenceRole is null || !TryEnum<ConferenceRole>(input.ConferenceRole, out _):
                errors.Add("conferenceRole", "is required for ConferenceHeld: host or participant");
                break;
        }
        if (institutions is not null)
        {
            CheckReferences([input.HostInstitutionId], institutions, "hostInstitutionId", errors);
            CheckReferences([input.OrganiserInstitutionId], institutions, "organiserInstitutionId", errors);
            CheckReferences(input.VisitorInstitutionIds ?? [], institutions, "visitorInstitutionIds", errors);
        }
    }

    private static void CheckReferences(IEnumerable<string?> ids, List<InstitutionRef> institutions, string field, ValidationErrors errors)
    {
        foreach (var id in ids.OfType<string>().Where(id => institutions.All(i => i.Id != id)))
            errors.Add(field, $"'{id}' is not one of the record's institutions");
    }
}
