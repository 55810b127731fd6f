using System.Text.Json;
using Microsoft.Data.Sqlite;
using Timeline.Domain.Dates;
using Timeline.EventStore.Serialization;
using Timeline.Projections.AsOf;
using Timeline.Projections.Storage;

namespace Timeline.Projections.Timelines;

/// <summary>
/// Filters of a timeline page. <see cref="From"/> and <see cref="To"/> keep the entries whose dates overlap
/// them (an entry whose end is open overlaps every range from its start on); an entry with no earliest day
/// (unknown, or with an open or unknown start) only shows when neither is given.
/// </summary>
public sealed record TimelineFilter(DatePoint? From, DatePoint? To, IReadOnlyList<string> Kinds, int Page, int PageSize);

public sealed record TimelinePage(long Total, int Page, int PageSize, IReadOnlyList<TimelineEntry> Entries);

/// <summary>Reads the institution and country timelines in date order: earliest day, then log position.</summary>
public sealed class TimelineQueries(SqliteReadModel readModel)
{
    public Task<TimelinePage> ForInstitutionAsync(string institutionId, TimelineFilter filter, CancellationToken cancellationToken) =>
        ForInstitutionAsync(institutionId, filter, ReadModelTables.Current, cancellationToken);

    public Task<TimelinePage> ForCountryAsync(string country, TimelineFilter filter, CancellationToken cancellationToken) =>
        ForCountryAsync(country, filter, ReadModelTables.Current, cancellationToken);

    /// <summary>The institution's timeline as <paramref name="tables"/> hold it: now, or as of a log position.</summary>
    public Task<TimelinePage> ForInstitutionAsync(string institutionId, TimelineFilter filter, ReadModelTables tables,
        CancellationToken cancellationToken) =>
        PageAsync(tables, tables.InstitutionTimeline, "institution_id", institutionId, filter, cancellationToken);

    public Task<TimelinePage> ForCountryAsync(string country, TimelineFilter filter, ReadModelTables tables, CancellationToken cancellationToken) =>
        PageAsync(tables, tables.CountryTimeline, "country", country, filter, cancellationToken);

    private async Task<TimelinePage> PageAsync(ReadModelTables tables, string table, string keyColumn, string key, TimelineFilter filter,
        CancellationToken cancellationToken)
    {
        await using var connection = await readModel.OpenReaderAsync(cancellationToken);
        var where = $"t.{keyColumn} = $key";
        if (filter.From is not null || filter.To is not null)
            where += " AND t.earliest IS NOT NULL";
        if (filter.From is not null)
            where += " AND t.latest >= $from";
        if (filter.To is not null)
            where += " AND t.earliest <= $to";
        if (filter.Kinds.Count > 0)
            where += $" AND t.kind IN ({string.Join(", ", filter.Kinds.Select((_, i) => $"$kind{i}"))})";

        void Bind(SqliteCommand command)
        {
            command.Parameters.AddWithValue("$key", key);
            if (filter.From is { } f)
                command.Parameters.AddWithValue("$from", f.EarliestKey);
            if (filter.To is { } t)
                command.Parameters.AddWithValue("$to", t.LatestKey);
            for (var i = 0; i < filter.Kinds.Count; i++)
                command.Parameters.AddWithValue($"$kind{i}", filter.Kinds[i]);
        }

        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM {table} t WHERE {where}";
        Bind(count);
        var total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;

        await using var page = connection.CreateCommand();
        // The page is chosen on the narrow timeline rows first; only its own entries are read from the records.
        page.CommandText = $"""
            SELECT r.entry_json
            FROM (SELECT t.record_id, t.sort_key, t.position FROM {table} t WHERE {where}
                  ORDER BY t.sort_key, t.position LIMIT $limit OFFSET $offset) p
            JOIN {tables.Records} r ON r.record_id = p.record_id
            ORDER BY p.sort_key, p.position
            """;
        Bind(page);
        page.Parameters.AddWithValue("$limit", filter.PageSize);
        page.Parameters.AddWithValue("$offset", (long)(filter.Page - 1) * filter.PageSize);
        var entries = new List<TimelineEntry>();
        await using var reader = await page.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            entries.Add(JsonSerializer.Deserialize<TimelineEntry>((byte[])reader.GetValue(0), EventJson.Options)!);
        return new TimelinePage(total, filter.Page, filter.PageSize, entries);
    }
}
