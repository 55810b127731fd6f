using Timeline.Domain.Countries;
using Timeline.Domain.Dates;

namespace Timeline.Domain.Institutions;

/// <summary>A name the institution bore from <paramref name="EffectiveOn"/> on; null for the name it was registered with.</summary>
public sealed record InstitutionName(string Name, string? Acronym, HistoricalDate? EffectiveOn);

/// <summary>
/// What the registry knows of one institution: its names over time (oldest first), country, aliases and
/// whether it was merged into another. <see cref="Evolve"/> is the one fold of an institution stream.
/// </summary>
public sealed record InstitutionState(
    string? Id,
    IReadOnlyList<InstitutionName> Names,
    CountryCode? Country,
    IReadOnlyList<string> Aliases,
    string? MergedInto)
{
    public static readonly InstitutionState Initial = new(null, [], null, [], null);

    public bool Exists => Id is not null;

    public InstitutionName? Current => Names.Count == 0 ? null : Names[^1];

    public static InstitutionState Evolve(InstitutionState state, IInstitutionEvent @event) => @event switch
    {
        InstitutionRegistered registered => state with
        {
            Id = registered.InstitutionId,
            Names = [new InstitutionName(registered.Name, registered.Acronym, null)],
            Country = registered.Country,
        },
        // Kept in the order the names took effect, whatever order they were entered in.
        InstitutionRenamed renamed => state with
        {
            Names = [.. state.Names.Append(new InstitutionName(renamed.Name, renamed.Acronym, renamed.EffectiveOn))
                .OrderBy(n => n.EffectiveOn?.SortKey ?? int.MinValue)],
        },
        InstitutionAliasAdded alias => state with { Aliases = [.. state.Aliases, alias.AliasId] },
        InstitutionMerged merged => state with { MergedInto = merged.IntoId },
        _ => state,
    };

    public static InstitutionState Fold(IEnumerable<IInstitutionEvent> events) => events.Aggregate(Initial, Evolve);
}
