using Timeline.Domain.Countries;
using Timeline.Domain.Dates;

namespace Timeline.Domain.Institutions;

/// <summary>An event on one institution's stream in the registry.</summary>
public interface IInstitutionEvent
{
    string InstitutionId { get; }
}

/// <summary>
/// The institution entered the registry. <paramref name="FromRecordId"/> names the record that first named it
/// when it was registered on the way (the first naming wins); null when a person registered it.
/// </summary>
[EventType("InstitutionRegistered.v1")]
public sealed record InstitutionRegistered(string InstitutionId, string Name, string? Acronym, CountryCode? Country, string? FromRecordId)
    : IInstitutionEvent;

/// <summary>The institution took a new name on <paramref name="EffectiveOn"/> (a day); entries dated before it keep the older name.</summary>
[EventType("InstitutionRenamed.v1")]
public sealed record InstitutionRenamed(string InstitutionId, string Name, string? Acronym, HistoricalDate EffectiveOn, string Reason)
    : IInstitutionEvent;

/// <summary>Another id now reaches this institution.</summary>
[EventType("InstitutionAliasAdded.v1")]
public sealed record InstitutionAliasAdded(string InstitutionId, string AliasId) : IInstitutionEvent;

/// <summary>The institution was folded into <paramref name="IntoId"/>; its id now reaches that one.</summary>
[EventType("InstitutionMerged.v1")]
public sealed record InstitutionMerged(string InstitutionId, string IntoId) : IInstitutionEvent;
