using Timeline.Domain.Countries;
using Timeline.Domain.Dates;
using Timeline.Domain.Institutions;
using Timeline.Domain.People;
using Timeline.Domain.Sources;

namespace Timeline.Domain.Records;

/// <summary>What every kind of activity states: when, what, who, where, and from which source.</summary>
public sealed record ActivityFacts(
    HistoricalDate Date,
    string Title,
    IReadOnlyList<InstitutionRef> Institutions,
    IReadOnlyList<CountryCode> Countries,
    IReadOnlyList<string> Places,
    IReadOnlyList<Person> People,
    Source Source)
{
    /// <summary>
    /// The countries an activity concerns: those it names and those of the institutions taking part.
    /// </summary>
    public IReadOnlyList<CountryCode> AllCountries() =>
        Countries.Concat(Institutions.Where(i => i.Country is not null).Select(i => i.Country!.Value))
            .Distinct().OrderBy(c => c.Value, StringComparer.Ordinal).ToList();
}
