using Timeline.Domain.Countries;
using Timeline.Domain.Dates;
using Timeline.Domain.Institutions;
using Timeline.Domain.People;
using Timeline.Domain.Records;
using Timeline.Domain.Sources;
using Timeline.Domain.Tests.Records;

namespace Timeline.Domain.Tests.Serialization;

/// <summary>One event of every stored type, keyed by stored name, with every optional part used somewhere.</summary>
public static class OneEventOfEachType
{
    public static readonly IReadOnlyDictionary<string, IRecordEvent> ByStoredName = new Dictionary<string, IRecordEvent>
    {
        ["AgreementSigned.v1"] = Samples.Signing(),
        ["DelegationVisited.v1"] = new DelegationVisited("visit", Facts("2019-12-24/2019-12-28", "OUC delegation visits Kazakhstan",
                [Samples.Ouc(InstitutionRole.Visitor), Institution("psu", "KZ", InstitutionRole.Inviter)], ["Almaty", "Pavlodar"]),
            VisitDirection.Outbound, "psu", ["ouc"], null, 4),
        ["TrainingHeld.v1"] = new TrainingHeld("training", Facts("2020-11-17/2020-11-18", "OUC trains teachers of ITPD, Mongolia",
                [Samples.Ouc(InstitutionRole.Organiser), Institution("itpd", "MN", InstitutionRole.Beneficiary), Samples.Unesco()]),
            "ouc", ["Institute of Teachers' Professional Development"], "training workshop"),
        ["ConferenceHeld.v1"] = new ConferenceHeld("seminar", Facts("../2024-07-20", "Secondary vocational education seminar",
            [Samples.Ouc(InstitutionRole.Host)], ["Ulanqab, Inner Mongolia"]), ConferenceRole.Host),
        ["MeetingHeld.v1"] = new MeetingHeld("meeting", Facts("../2024-07-20", "Meeting on professional programmes",
            [Samples.Ouc(InstitutionRole.Host)])),
        ["DonationMade.v1"] = new DonationMade("donation", Facts("../2024-07-20", "Donation to the Jishishan School",
                [Samples.Ouc(InstitutionRole.Donor), Institution("jishishan-school", "CN", InstitutionRole.Recipient)]),
            "Education Foundation of the OUC", "Jishishan School"),
        ["CompetitionHeld.v1"] = new CompetitionHeld("competition", Facts("2024-07-12", "Singing competition at the MOE",
            [Institution("moe", "CN", InstitutionRole.Organiser), Samples.Ouc(InstitutionRole.Participant)])),
        ["ProgrammeLaunched.v1"] = new ProgrammeLaunched("programme", Facts("2024-07-14", "Training programme for Butuo County teachers",
            [Samples.Ouc(InstitutionRole.Organiser)], ["Butuo County"])),
        ["ActivityReported.v1"] = new ActivityReported("report", Facts("XXXX", "OUC team studies the work of the School for the Disabled",
            [Samples.Ouc(InstitutionRole.Visitor)]) with { Source = new Source(null, "https://example.org/news/4", null, null, new string('0', 64), null) }),
        ["RecordCorrected.v1"] = new RecordCorrected(Samples.RecordId, new FactChanges(
            HistoricalDate.Parse("2018-12"), "A corrected title", [Samples.Ouc()], [CountryCode.Parse("MY")], ["Kuala Lumpur"],
            [new Person("Yang Xiaotang", null, null)]), "Every fact was wrong."),
        ["RecordRetracted.v1"] = Samples.Retracted(),
        ["RecordReviewed.v1"] = new RecordReviewed(Samples.RecordId, ReviewVerdict.Corrected, "The date was one day off."),
    };

    public static TheoryData<string> StoredNames => new(ByStoredName.Keys);

    private static InstitutionRef Institution(string id, string country, InstitutionRole role) =>
        new(id, id.ToUpperInvariant(), id.ToUpperInvariant(), CountryCode.Parse(country), role);

    private static ActivityFacts Facts(string date, string title, InstitutionRef[] institutions, string[]? places = null) =>
        Samples.Facts(title) with
        {
            Date = HistoricalDate.Parse(date),
            Institutions = institutions,
            Countries = [],
            Places = places ?? [],
            People = [new Person("Li Song", "vice president", "ouc")],
        };
}
