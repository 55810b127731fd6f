using System.Text.Json;
using Microsoft.Data.Sqlite;
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

    /// <summary>The institution an alias or merged id leads to, following merges; null when the id leads nowhere else.</summary>
    public async Task<string?> CanonicalIdAsync(string institutionId, CancellationToken cancellationToken)
    {
        await using var connection = await readModel.RentReaderAsync(cancellationToken);
        string? canonical = null;
        for (var hop = 0; hop < MaxHops && await RedirectAsync(connection, canonical ?? institutionId, cancellationToken) is { } next; hop++)
            canonical = next;
        return canonical;
    }

    /// <summary>The institution this id is an alias of (or was merged into), one step only.</summary>
    public async Task<string?> RedirectOfAsync(string institutionId, CancellationToken cancellationToken)
    {
        await using var connection = await readModel.RentReaderAsync(cancellationToken);
        return await RedirectAsync(connection, institutionId, cancellationToken);
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
        var ids = entries.SelectMany(e => e.InstitutionIds).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
            return null;
        await using var connection = await readModel.RentReaderAsync(cancellationToken);
        // An entry naming an alias or a merged institution shows the name of the institution it reaches.
        var reaches = await CanonicalIdsAsync(connection, ids, cancellationToken);
        var names = await NamesAsync(connection, reaches.Values.Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        return entries.Select(entry =>
        {
            var named = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var id in entry.InstitutionIds)
            {
                if (names.TryGetValue(reaches[id], out var known))
                    named.TryAdd(id, NameOn(known, entry.EarliestKey).Name);
            }
            return (IReadOnlyDictionary<string, string>)named;
        }).ToList();
    }

    /// <summary>Where each id leads, following redirects as <see cref="CanonicalIdAsync"/> does, all ids of a hop in one statement.</summary>
    private static async Task<Dictionary<string, string>> CanonicalIdsAsync(ReadModelReader connection, IReadOnlyList<string> ids,
        CancellationToken cancellationToken)
    {
        var reaches = ids.ToDictionary(id => id, id => id, StringComparer.Ordinal);
        var moving = ids.ToList();
        for (var hop = 0; hop < MaxHops && moving.Count > 0; hop++)
        {
            var redirects = await RedirectsAsync(connection, moving.Select(id => reaches[id]).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
            var movedOn = new List<string>(moving.Count);
            foreach (var id in moving)
            {
                if (redirects.TryGetValue(reaches[id], out var next))
                {
                    reaches[id] = next;
                    movedOn.Add(id);
                }
            }
            moving = movedOn;
        }
        return reaches;
    }

    private static async Task<Dictionary<string, string>> RedirectsAsync(ReadModelReader connection, IReadOnlyList<string> fromIds,
        CancellationToken cancellationToken)
    {
        var command = connection.Command($"SELECT from_id, institution_id FROM registry_redirects WHERE from_id IN {IdsIn}");
        BindIds(command, fromIds);
        var redirects = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            redirects[reader.GetString(0)] = reader.GetString(1);
        return redirects;
    }

    /// <summary>
    /// The ids of an IN clause, bound as one JSON array (<see cref="BindIds"/>): one statement text whatever their
    /// number, so each reader connection prepares it once.
    /// </summary>
    private const string IdsIn = "(SELECT value FROM json_each($ids))";

    private static void BindIds(SqliteCommand command, IReadOnlyList<string> ids) =>
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));

    /// <summary>Each institution's names, oldest first.</summary>
    private static async Task<IReadOnlyDictionary<string, List<RegistryName>>> NamesAsync(ReadModelReader connection,
        IReadOnlyList<string> institutionIds, CancellationToken cancellationToken)
    {
        var command = connection.Command($"""
            SELECT institution_id, name, acronym, effective FROM registry_names
            WHERE institution_id IN {IdsIn} ORDER BY institution_id, effective
            """);
        BindIds(command, institutionIds);
        var names = new Dictionary<string, List<RegistryName>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var effective = reader.GetInt32(3);
            var name = new RegistryName(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                effective == RegistryTables.FromTheStart ? null : effective);
            if (!names.TryGetValue(reader.GetString(0), out var list))
                names[reader.GetString(0)] = list = [];
            list.Add(name);
        }
        return names;
    }

    /// <summary>The name in force on <paramref name="dayKey"/>; the latest name when the day is unknown.</summary>
    public static RegistryName NameOn(IReadOnlyList<RegistryName> names, int? dayKey) =>
        dayKey is { } day ? names.LastOrDefault(n => n.EffectiveKey is not { } from || from <= day) ?? names[0] : names[^1];

    private static async Task<string?> RedirectAsync(ReadModelReader connection, string institutionId, CancellationToken cancellationToken)
    {
        var command = connection.Command("SELECT institution_id FROM registry_redirects WHERE from_id = $id");
        command.Parameters.AddWithValue("$id", institutionId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
