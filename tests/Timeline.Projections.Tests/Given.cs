using Timeline.Domain.Countries;
using Timeline.Domain.Dates;
using Timeline.Domain.Institutions;
using Timeline.Domain.Records;
using Timeline.Domain.Sources;
using Timeline.EventStore;
using Timeline.EventStore.Serialization;

namespace Timeline.Projections.Tests;

/// <summary>Builds record events and their envelopes for projection tests, without a store.</summary>
public static class Given
{
    public static readonly InstitutionRef Ouc = new("ouc", "Open University of China", "OUC", CountryCode.Parse("CN"), InstitutionRole.Host);
    public static readonly InstitutionRef Psu = new("psu", "Toraighyrov Pavlodar State University", "PSU", CountryCode.Parse("KZ"), InstitutionRole.Inviter);
    public static readonly InstitutionRef Unesco = new("unesco", "UNESCO", null, null, InstitutionRole.Party);

    public static ActivityFacts Facts(string date, string title, InstitutionRef[] institutions, params string[] countries) => new(
        HistoricalDate.Parse(date),
        title,
        institutions,
        countries.Select(c => CountryCode.Parse(c)).ToList(),
        [],
        [],
        new Source("doc-1", null, 0, title, Source.HashOf(title), null));

    public static MeetingHeld Meeting(string id, string date, params InstitutionRef[] institutions) =>
        new(id, Facts(date, $"Meeting {id}", institutions.Length == 0 ? [Ouc] : institutions));

    public static DelegationVisited Visit(string id, string date, InstitutionRef[] institutions, params string[] countries) =>
        new(id, Facts(date, $"Visit {id}", institutions, countries), VisitDirection.Outbound, null, ["ouc"], null, 4);

    /// <summary>Envelopes at consecutive positions from 1, with each stream's revisions counted.</summary>
    public static List<EventEnvelope> Log(params IRecordEvent[] events)
    {
        var revisions = new Dictionary<string, long>();
        return events.Select((e, i) =>
        {
            var revision = revisions[e.RecordId] = revisions.GetValueOrDefault(e.RecordId, -1) + 1;
            return Envelope(e, i + 1, revision);
        }).ToList();
    }

    public static EventEnvelope Envelope(IRecordEvent e, long position, long revision)
    {
        var stream = RecordIds.StreamOf(e.RecordId);
        var data = RecordEventSerializer.ToEventData(e, stream, revision, new EventMetadata("tests", Guid.Empty, Guid.Empty));
        var stored = new StoredEvent(data.EventId, data.Type, stream, revision, position, DateTimeOffset.UnixEpoch, data.Data, data.Metadata);
        return RecordEventSerializer.ToEnvelope(stored)!;
    }
}
