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
        await using var connection = await readModel.OpenReaderAsync(cancellationToken);
        string? canonical = null;
        for (var hop = 0; hop < MaxHops && await RedirectAsync(connection, canonical ?? institutionId, cancellationToken) is { } next; hop++)
            canonical = next;
        return canonical;
    }

    /// <summary>The institution this id is an alias of (or was merged into), one step only.</summary>
    public async Task<string?> RedirectOfAsync(string institutionId, CancellationToken cancellationToken)
    {
        await using var connection = await readModel.OpenReaderAsync(cancellationToken);
        return await RedirectAsync(connection, institutionId, cancellationToken);
    }

    /// <summary>
    /// A registered institution as the catalogue lists one, for an institution no record names by its own id (one
    /// registered by hand whose records name it by an alias); null when the registry does not know it.
    /// </summary>
    public async Task<InstitutionSummary?> SummaryAsync(string institutionId, CancellationToken cancellationToken)
    {
        await using var connection = await readModel.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT name, acronym, country, (SELECT COUNT(*) FROM institution_timeline t WHERE t.institution_id = g.institution_id)
            FROM registry g WHERE institution_id = $id
            """;
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
        var ids = entries.SelectMany(e => e.Institutions.Select(i => i.Id)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
            return entries;
        // An entry naming an alias or a merged institution shows the name of the institution it reaches.
        var reaches = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids)
            reaches[id] = await CanonicalIdAsync(id, cancellationToken) ?? id;
        var names = await NamesAsync(reaches.Values.Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        return entries.Select(entry => entry with
        {
            RegistryNames = entry.Institutions
                .Where(i => names.ContainsKey(reaches[i.Id]))
                .ToDictionary(i => i.Id, i => NameOn(names[reaches[i.Id]], entry.Date.EarliestKey).Name, StringComparer.Ordinal),
        }).ToList();
    }

    /// <summary>Each institution's names, oldest first.</summary>
    public async Task<IReadOnlyDictionary<string, List<RegistryName>>> NamesAsync(IReadOnlyList<string> institutionIds,
        CancellationToken cancellationToken)
    {
        await using var connection = await readModel.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var parameters = institutionIds.Select((_, i) => $"$id{i}").ToList();
        command.CommandText = $"""
            SELECT institution_id, name, acronym, effective FROM registry_names
            WHERE institution_id IN ({string.Join(", ", parameters)}) ORDER BY institution_id, effective
            """;
        for (var i = 0; i < institutionIds.Count; i++)
            command.Parameters.AddWithValue(parameters[i], institutionIds[i]);
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

    private static async Task<string?> RedirectAsync(SqliteConnection connection, string institutionId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT institution_id FROM registry_redirects WHERE from_id = $id";
        command.Parameters.AddWithValue("$id", institutionId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
