using Timeline.Domain.Countries;
using Timeline.Domain.Dates;
using Timeline.Domain.Institutions;
using Timeline.Domain.People;
using Timeline.Domain.Records;
using Timeline.Domain.Sources;

namespace Timeline.Benchmarks.Harness;

/// <summary>
/// Repeatable synthetic history: every kind of activity, 300 institutions in 60 countries, dates over 30
/// years at every precision, with corrections and retractions mixed in as in a real archive.
/// </summary>
public sealed class SyntheticHistory(int seed = 2024)
{
    private static readonly ActivityKind[] Kinds = Enum.GetValues<ActivityKind>();
    private static readonly CountryCode[] Countries = CountryCode.All.Take(60).ToArray();
    private static readonly InstitutionRef[] Institutions = Enumerable.Range(0, 300)
        .Select(i => new InstitutionRef($"inst-{i}", $"Institution {i}", $"I{i}", Countries[i % Countries.Length], InstitutionRole.Partner))
        .ToArray();

    private readonly Random _random = new(seed);
    private int _records;

    public static string BusiestInstitution => Institutions[0].Id;

    /// <summary>The next event: a new record nine times in ten, else a correction or retraction of an earlier one.</summary>
    public IRecordEvent Next()
    {
        var roll = _random.Next(100);
        if (_records > 10 && roll < 7)
            return new RecordCorrected(RecordId(_random.Next(_records)), new FactChanges(Date: Date()), "date checked against the archive");
        if (_records > 10 && roll < 9)
            return new RecordRetracted(RecordId(_random.Next(_records)), "duplicate of another record");
        return NewRecord(RecordId(_records++));
    }

    public static string RecordId(int number) => $"bench-{number}";

    private IActivityRecorded NewRecord(string id)
    {
        var host = Institutions[_random.Next(10) == 0 ? 0 : _random.Next(Institutions.Length)];
        var partner = Institutions[_random.Next(Institutions.Length)];
        var institutions = host == partner ? new[] { host with { Role = InstitutionRole.Host } }
            : [host with { Role = InstitutionRole.Host }, partner];
        var text = $"Synthetic announcement {id}: {host.Name} and {partner.Name} worked together.";
        var facts = new ActivityFacts(
            Date(),
            $"{host.Name} and {partner.Name} activity {id}",
            institutions,
            [Countries[_random.Next(Countries.Length)]],
            ["Capital city"],
            [new Person("A. Person", "president", host.Id)],
            new Source("synthetic", null, _records, text, Source.HashOf(text), null));
        return Kinds[_random.Next(Kinds.Length)] switch
        {
            ActivityKind.AgreementSigned => new AgreementSigned(id, facts, "memorandum of understanding", ["A. Person"]),
            ActivityKind.DelegationVisited => new DelegationVisited(id, facts, VisitDirection.Inbound, host.Id, [partner.Id], "A. Person", 5),
            ActivityKind.TrainingHeld => new TrainingHeld(id, facts, host.Id, ["teachers"], "teacher training"),
            ActivityKind.ConferenceHeld => new ConferenceHeld(id, facts, ConferenceRole.Host),
            ActivityKind.MeetingHeld => new MeetingHeld(id, facts),
            ActivityKind.DonationMade => new DonationMade(id, facts, host.Id, partner.Id),
            ActivityKind.CompetitionHeld => new CompetitionHeld(id, facts),
            ActivityKind.ProgrammeLaunched => new ProgrammeLaunched(id, facts),
            _ => new ActivityReported(id, facts),
        };
    }

    private HistoricalDate Date()
    {
        var year = 1995 + _random.Next(31);
        var month = 1 + _random.Next(12);
        var day = 1 + _random.Next(26);
        return _random.Next(20) switch
        {
            0 => HistoricalDate.Unknown(new DateOnly(2025, 6, 30)),
            1 => HistoricalDate.On(DatePoint.Create(year)),
            2 or 3 => HistoricalDate.On(DatePoint.Create(year, month)),
            4 or 5 => HistoricalDate.Between(DatePoint.Create(year, month, day), DatePoint.Create(year, month, day + 2)),
            _ => HistoricalDate.On(DatePoint.Create(year, month, day)),
        };
    }
}
