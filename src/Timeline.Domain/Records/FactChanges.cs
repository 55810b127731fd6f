using Timeline.Domain.Countries;
using Timeline.Domain.Dates;
using Timeline.Domain.Institutions;
using Timeline.Domain.People;

namespace Timeline.Domain.Records;

/// <summary>The facts a correction replaces; a null member is left as it was.</summary>
public sealed record FactChanges(
    HistoricalDate? Date = null,
    string? Title = null,
    IReadOnlyList<InstitutionRef>? Institutions = null,
    IReadOnlyList<CountryCode>? Countries = null,
    IReadOnlyList<string>? Places = null,
    IReadOnlyList<Person>? People = null)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Date is null && Title is null && Institutions is null
        && Countries is null && Places is null && People is null;

    public ActivityFacts ApplyTo(ActivityFacts facts) => facts with
    {
        Date = Date ?? facts.Date,
        Title = Title ?? facts.Title,
        Institutions = Institutions ?? facts.Institutions,
        Countries = Countries ?? facts.Countries,
        Places = Places ?? facts.Places,
        People = People ?? facts.People,
    };
}
