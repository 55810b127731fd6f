using Timeline.Domain.Countries;
using Timeline.Domain.Dates;

namespace Timeline.Domain.Institutions;

public abstract record InstitutionCommand(string InstitutionId);

public sealed record RegisterInstitution(string InstitutionId, string Name, string? Acronym, CountryCode? Country, string? FromRecordId = null)
    : InstitutionCommand(InstitutionId);

public sealed record RenameInstitution(string InstitutionId, string Name, string? Acronym, HistoricalDate? EffectiveOn, string Reason)
    : InstitutionCommand(InstitutionId);

public sealed record AddInstitutionAlias(string InstitutionId, string AliasId) : InstitutionCommand(InstitutionId);

public sealed record MergeInstitution(string InstitutionId, string IntoId) : InstitutionCommand(InstitutionId);

/// <summary>
/// What the registry knows beyond one stream, looked up by the caller before deciding so that
/// <see cref="InstitutionDecider.Decide"/> stays pure: the state of the other id a command names (an alias to
/// add, a merge target), and which institution, if any, already answers to that id as an alias.
/// </summary>
public sealed record RegistryContext(InstitutionState Other, string? OtherIsAliasOf)
{
    public static readonly RegistryContext None = new(InstitutionState.Initial, null);
}
