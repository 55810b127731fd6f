using System.Text.Json;
using Timeline.EventStore.Serialization;
using Timeline.Projections.Catalogue;
using Timeline.Projections.Storage;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.People;

/// <summary>Whether a query is about the people records name or the places they name.</summary>
public enum Named
{
    People,
    Places,
}

/// <summary>A person or place and how many visible records name them.</summary>
public sealed record NameSummary(string Name, long Records);

/// <summary>Reads the people and places the fold keeps, and the records naming each, in timeline order.</summary>
public sealed class PeopleQueries(SqliteReadModel readModel)
{
    private static string TableOf(Named named) => named == Named.People ? "people_records" : "place_records";

    /// <summary>Names containing <paramref name="contains"/> (any letter case), most records first.</summary>
    public async Task<CatalogueSlice<NameSummary>> ListAsync(Named named, string? contains, int offset, int limit, CancellationToken cancellationToken)
    {
        var where = contains is null ? "" : @"WHERE name LIKE $q ESCAPE '\'";
        await using var connection = await readModel.OpenReaderAsync(cancellationToken);
        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(DISTINCT name) FROM {TableOf(named)} {where}";
        await using var page = connection.CreateCommand();
        page.CommandText = $"""
            SELECT name, COUNT(*) AS records FROM {TableOf(named)} {where}
            GROUP BY name ORDER BY records DESC, name LIMIT $limit OFFSET $offset
            """;
        if (contains is not null)
        {
            var pattern = "%" + contains.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
            count.Parameters.AddWithValue("$q", pattern);
            page.Parameters.AddWithValue("$q", pattern);
        }
        page.Parameters.AddWithValue("$limit", limit);
        page.Parameters.AddWithValue("$offset", offset);
        var total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        var entries = new List<NameSummary>();
        await using var reader = await page.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            entries.Add(new NameSummary(reader.GetString(0), reader.GetInt64(1)));
        return new CatalogueSlice<NameSummary>(total, entries);
    }

    /// <summary>The visible records naming exactly <paramref name="name"/>, in timeline order (earliest day, then position).</summary>
    public async Task<CatalogueSlice<TimelineEntry>> RecordsAsync(Named named, string name, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await readModel.OpenReaderAsync(cancellationToken);
        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM {TableOf(named)} WHERE name = $name";
        count.Parameters.AddWithValue("$name", name);
        var total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        await using var page = connection.CreateCommand();
        page.CommandText = $"""
            SELECT r.entry_json FROM {TableOf(named)} n JOIN records r ON r.record_id = n.record_id
            WHERE n.name = $name ORDER BY r.sort_key, r.first_position LIMIT $limit OFFSET $offset
            """;
        page.Parameters.AddWithValue("$name", name);
        page.Parameters.AddWithValue("$limit", limit);
        page.Parameters.AddWithValue("$offset", offset);
        var entries = new List<TimelineEntry>();
        await using var reader = await page.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            entries.Add(JsonSerializer.Deserialize<TimelineEntry>((byte[])reader.GetValue(0), EventJson.Options)!);
        return new CatalogueSlice<TimelineEntry>(total, entries);
    }
}
