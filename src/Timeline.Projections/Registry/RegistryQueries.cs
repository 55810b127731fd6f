using Timeline.Projections.Catalogue;
using Timeline.Projections.Storage;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Registry;

/// <summary>A name of an institution and the first day it was in force (null: from the start).</summary>
public sealed record RegistryName(string Name, string? Acronym, int? EffectiveKey);

/// <summary>Reads the registry as the fold keeps it: where an id leads, and which name was in force on a day.</summary>
public sealed class RegistryQueries(SqliteReadModel readModel)
{
    /// <summary>Redirects are followed at most this many times, so a cycle written by hand into a file cannot hang a request.</summary>
    internal const int MaxHops = 8;

    // What the registry's tables hold, kept for this service's readers.
    private readonly HeldRegistry _held = new(readModel);

    /// <summary>The institution an alias or merged id leads to, following merges; null when the id leads nowhere else.</summary>
    public async Task<string?> CanonicalIdAsync(string institutionId, CancellationToken cancellationToken)
    {
        var redirects = (await HeldAsync(cancellationToken)).Redirects;
        return redirects.ContainsKey(institutionId) ? CanonicalOf(redirects, institutionId) : null;
    }

    /// <summary>The institution this id is an alias of (or was merged into), one step only.</summary>
    public async Task<string?> RedirectOfAsync(string institutionId, CancellationToken cancellationToken) =>
        (await HeldAsync(cancellationToken)).Redirects.GetValueOrDefault(institutionId);

    /// <summary>The registry's redirects and names as the read model holds them now (see <see cref="HeldRegistry"/>).</summary>
    private Task<RegistrySnapshot> HeldAsync(CancellationToken cancellationToken) =>
        _held.CurrentAsync(cancellationToken);

    /// <summary>Where <paramref name="institutionId"/> leads: itself when it leads nowhere else.</summary>
    private static string CanonicalOf(IReadOnlyDictionary<string, string> redirects, string institutionId)
    {
        var id = institutionId;
        for (var hop = 0; hop < MaxHops && redirects.TryGetValue(id, out var next); hop++)
            id = next;
        return id;
    }

    /// <summary>
    /// A registered institution as the catalogue lists one, for an institution no record names by its own id (one
    /// registered by hand whose records name it by an alias); null when the registry does not know it.
    /// </summary>
    public async Task<InstitutionSummary?> SummaryAsync(string institutionId, CancellationToken cancellationToken)
    {
        await using var connection = await readModel.RentReaderAsync(cancellationToken);
        var command = connection.Command("""
            SELECT name, acronym, country, (SELECT COUNT(*) FROM institution_timeline t WHERE t.institution_id = g.institution_id)
            FROM registry g WHERE institution_id = $id
            """);
        command.Parameters.AddWithValue("$id", institutionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new InstitutionSummary(institutionId, reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt64(3))
            : null;
    }

    /// <summary>
    /// The entries with, for each institution they name that the registry knows (by its id, an alias or a merged id),
    /// the name it bore on the entry's earliest day (its current name when the entry's date is unknown).
    /// </summary>
    public async Task<IReadOnlyList<TimelineEntry>> NamedAsOfTheirDatesAsync(IReadOnlyList<TimelineEntry> entries, CancellationToken cancellationToken)
    {
        var names = await NamesAsOfTheirDatesAsync(entries.Select(e => ((IReadOnlyList<string>)e.Institutions.Select(i => i.Id).ToList(), e.Date.EarliestKey)).ToList(),
            cancellationToken);
        return names is null ? entries : entries.Select((entry, i) => entry with { RegistryNames = names[i] }).ToList();
    }

    /// <summary>The stored entries with the registry's names as of their dates, as <see cref="NamedAsOfTheirDatesAsync(IReadOnlyList{TimelineEntry}, CancellationToken)"/>.</summary>
    public async Task<NamedTimelineEntries> NamedAsOfTheirDatesAsync(IReadOnlyList<StoredTimelineEntry> entries, CancellationToken cancellationToken) =>
        new(entries, await NamesAsOfTheirDatesAsync(entries.Select(e => (e.InstitutionIds(), e.EarliestKey)).ToList(), cancellationToken));

    /// <summary>
    /// For each entry (the ids it names and its earliest day), the registry's name of each id it knows, in the entry's
    /// order; null when no entry names an institution.
    /// </summary>
    private async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>?> NamesAsOfTheirDatesAsync(
        IReadOnlyList<(IReadOnlyList<string> InstitutionIds, int? EarliestKey)> entries, CancellationToken cancellationToken)
    {
        if (!entries.Any(e => e.InstitutionIds.Count > 0))
            return null;
        var registry = await HeldAsync(cancellationToken);
        return entries.Select(entry =>
        {
            var named = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var id in entry.InstitutionIds)
            {
                // An entry naming an alias or a merged institution shows the name of the institution it reaches.
                if (registry.Names.TryGetValue(CanonicalOf(registry.Redirects, id), out var known))
                    named.TryAdd(id, NameOn(known, entry.EarliestKey).Name);
            }
            return (IReadOnlyDictionary<string, string>)named;
        }).ToList();
    }

    /// <summary>The name in force on <paramref name="dayKey"/>; the latest name when the day is unknown.</summary>
    public static RegistryName NameOn(IReadOnlyList<RegistryName> names, int? dayKey) =>
        dayKey is { } day ? names.LastOrDefault(n => n.EffectiveKey is not { } from || from <= day) ?? names[0] : names[^1];
}
