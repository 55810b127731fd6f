using Timeline.Api.Records;
using Timeline.Domain.Institutions;
using Timeline.Domain.Records;
using Timeline.Importing;

namespace Timeline.Api.Imports;

/// <summary>Turns an extraction into the same input the HTTP endpoint takes, so an import goes through the same checks.</summary>
public static class ActivityInputs
{
    public static ActivityInput From(Extraction extraction, SourceInput source)
    {
        var kind = extraction.Kind!.Value;
        var institutions = extraction.Institutions.Select((institution, i) => new InstitutionInput(
            institution.Id, institution.Name, institution.Acronym, institution.Country, Role(kind, extraction, institution, i).ToString().ToLowerInvariant())).ToList();
        if (institutions.Count == 0)
            institutions.Add(new InstitutionInput(KnownInstitutions.Home.Id, KnownInstitutions.Home.Name, KnownInstitutions.Home.Acronym,
                KnownInstitutions.Home.Country, nameof(InstitutionRole.Participant).ToLowerInvariant()));
        var home = extraction.Institutions.Any(i => i.Id == KnownInstitutions.Home.Id);
        var others = extraction.Institutions.Where(i => i.Id != KnownInstitutions.Home.Id).Select(i => i.Id).ToList();
        return new ActivityInput
        {
            Kind = kind.ToString(),
            Date = extraction.Date.ToString(),
            Title = Title(kind, extraction),
            Institutions = institutions,
            Countries = [.. extraction.Countries],
            Places = [.. extraction.Places],
            People = extraction.People.Select(p => new PersonInput(p.Name, p.Role, null)).ToList(),
            Source = source,
            AgreementType = kind == ActivityKind.AgreementSigned ? extraction.AgreementType : null,
            Direction = kind == ActivityKind.DelegationVisited ? extraction.Direction!.Value.ToString().ToLowerInvariant() : null,
            MemberCount = kind == ActivityKind.DelegationVisited ? extraction.MemberCount : null,
            HostInstitutionId = kind == ActivityKind.DelegationVisited
                ? (extraction.Direction == VisitDirection.Inbound ? (home ? KnownInstitutions.Home.Id : null) : others.FirstOrDefault())
                : null,
            ConferenceRole = kind == ActivityKind.ConferenceHeld ? (home ? "host" : "participant") : null,
        };
    }

    private static InstitutionRole Role(ActivityKind kind, Extraction extraction, FoundInstitution institution, int order)
    {
        var isHome = institution.Id == KnownInstitutions.Home.Id;
        return kind switch
        {
            ActivityKind.AgreementSigned => InstitutionRole.Party,
            ActivityKind.DelegationVisited => (extraction.Direction == VisitDirection.Inbound) == isHome ? InstitutionRole.Host : InstitutionRole.Visitor,
            ActivityKind.TrainingHeld or ActivityKind.ConferenceHeld or ActivityKind.CompetitionHeld or ActivityKind.ProgrammeLaunched
                => order == 0 ? InstitutionRole.Organiser : InstitutionRole.Participant,
            ActivityKind.DonationMade => order == 0 ? InstitutionRole.Donor : InstitutionRole.Recipient,
            _ => InstitutionRole.Participant,
        };
    }

    /// <summary>A plain title made from the facts, never a sentence of the source.</summary>
    private static string Title(ActivityKind kind, Extraction extraction)
    {
        var who = extraction.Institutions.Count == 0 ? KnownInstitutions.Home.Acronym!
            : string.Join(", ", extraction.Institutions.Take(3).Select(i => i.Acronym ?? i.Name));
        var what = kind switch
        {
            ActivityKind.AgreementSigned => extraction.AgreementType ?? "agreement",
            ActivityKind.DelegationVisited => extraction.Direction == VisitDirection.Inbound ? "visit received" : "delegation visit",
            ActivityKind.TrainingHeld => "training",
            ActivityKind.ConferenceHeld => "conference or seminar",
            ActivityKind.MeetingHeld => "meeting",
            ActivityKind.DonationMade => "donation",
            ActivityKind.CompetitionHeld => "competition",
            ActivityKind.ProgrammeLaunched => "launch",
            _ => "activity",
        };
        var where = extraction.Places.Count > 0 ? $" in {extraction.Places[0]}" : "";
        var title = $"{char.ToUpperInvariant(what[0])}{what[1..]}: {who}{where}";
        return title.Length <= RecordRules.MaxTitleLength ? title : title[..RecordRules.MaxTitleLength];
    }
}
