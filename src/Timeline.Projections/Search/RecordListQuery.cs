using System.Text.Json;
using Microsoft.Data.Sqlite;
using Timeline.Domain.Dates;
using Timeline.Domain.Institutions;
using Timeline.EventStore.Serialization;
using Timeline.Projections.AsOf;
using Timeline.Projections.Storage;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Search;

/// <summary>Where the previous page stopped: its last record's relevance (with a search only), sort key and position.</summary>
public sealed record RecordCursor(double? Score, int SortKey, long Position);

/// <summary>
/// Which records to list. <see cref="Search"/> is an FTS5 expression made by <see cref="SearchExpression"/>;
/// <see cref="From"/> and <see cref="To"/> keep the records whose dates overlap them, as on the timelines.
/// </summary>
public sealed record RecordListFilter(
    string? Search,
    string? InstitutionId,
    string? Country,
    IReadOnlyList<string> Kinds,
    DatePoint? From,
    DatePoint? To,
    int PageSize,
    RecordCursor? After);

/// <param name="InstitutionNames">
/// How the record names each of <paramref name="Institutions"/>, by id: its acronym where the record gives one, else its
/// name, as a timeline's entry shows it.
/// </param>
public sealed record RecordListItem(
    string RecordId,
    HistoricalDate Date,
    string DateDisplay,
    string Kind,
    string Title,
    IReadOnlyList<string> Institutions,
    IReadOnlyDictionary<string, string> InstitutionNames,
    IReadOnlyList<string> Countries,
    string? Snippet);

public sealed record RecordListPage(long Total, IReadOnlyList<RecordListItem> Entries, RecordCursor? Next);

/// <summary>
/// The visible records, in timeline order (earliest day, then log position, unknown dates last), or with a
/// search by relevance first (bm25, title weighing most) and then the same order. Pages are read by key from
/// the cursor, so a deep page costs what the first one does.
/// </summary>
public sealed class RecordListQuery(SqliteReadModel readModel)
{
    // Relevance weights of the search table's columns: title, source, people, places, institutions.
    private static string Score(string search) => $"bm25({search}, 10.0, 1.0, 3.0, 2.0, 3.0)";
    private static string Snippet(string search) => $"snippet({search}, -1, '[', ']', '…', 16)";

    public Task<RecordListPage> RunAsync(RecordListFilter filter, CancellationToken cancellationToken) =>
        RunAsync(filter, ReadModelTables.Current, cancellationToken);

    /// <summary>
    /// The records as <paramref name="tables"/> hold them: now, or as of a log position, where a search matches the
    /// words each record had then.
    /// </summary>
    public async Task<RecordListPage> RunAsync(RecordListFilter filter, ReadModelTables tables, CancellationToken cancellationToken)
    {
        await using var connection = await readModel.OpenReaderAsync(cancellationToken);
        var searching = filter.Search is not null;
        var where = new List<string> { "r.retracted = 0" };
        var parameters = new List<(string Name, object Value)>();
        void Add(string condition, string name, object value)
        {
            where.Add(condition);
            parameters.Add((name, value));
        }
        if (filter.Search is { } search)
            parameters.Add(("$search", search));
        if (filter.InstitutionId is { } institution)
            Add(tables.Holds(ReadModelSchema.InstitutionTimeline, "institution_id", "$institution", "r.record_id"), "$institution", institution);
        if (filter.Country is { } country)
            Add(tables.Holds(ReadModelSchema.CountryTimeline, "country", "$country", "r.record_id"), "$country", country);
        if (filter.Kinds.Count > 0)
        {
            where.Add($"r.kind IN ({string.Join(", ", filter.Kinds.Select((_, i) => $"$kind{i}"))})");
            parameters.AddRange(filter.Kinds.Select((kind, i) => ($"$kind{i}", (object)kind)));
        }
        if (filter.From is { } from)
            Add("r.latest >= $from", "$from", from.EarliestKey);
        if (filter.To is { } to)
            Add("r.earliest <= $to", "$to", to.LatestKey);

        var source = searching ? $"{tables.Matching(Score, Snippet)} r" : $"{tables.Records} r";
        var condition = string.Join(" AND ", where);

        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM {source} WHERE {condition}";
        Bind(count, parameters);
        var total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;

        await using var page = connection.CreateCommand();
        var after = "";
        if (filter.After is { } cursor)
        {
            after = searching ? "WHERE (score, sort_key, position) > ($afterScore, $afterSort, $afterPosition)"
                : "WHERE (sort_key, position) > ($afterSort, $afterPosition)";
            page.Parameters.AddWithValue("$afterScore", cursor.Score ?? 0);
            page.Parameters.AddWithValue("$afterSort", cursor.SortKey);
            page.Parameters.AddWithValue("$afterPosition", cursor.Position);
        }
        page.CommandText = $"""
            SELECT entry_json, score, sort_key, position, snippet FROM (
                SELECT r.entry_json, {(searching ? "r.score" : "0.0")} AS score, r.sort_key, r.first_position AS position,
                    {(searching ? "r.snippet" : "NULL")} AS snippet
                FROM {source} WHERE {condition})
            {after}
            ORDER BY score, sort_key, position LIMIT $limit
            """;
        Bind(page, parameters);
        // One more than a page tells whether another page follows.
        page.Parameters.AddWithValue("$limit", filter.PageSize + 1);
        var entries = new List<RecordListItem>();
        RecordCursor? next = null, lastCursor = null;
        await using var reader = await page.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (entries.Count == filter.PageSize)
            {
                next = lastCursor;
                break;
            }
            var entry = JsonSerializer.Deserialize<TimelineEntry>((byte[])reader.GetValue(0), EventJson.Options)!;
            entries.Add(new RecordListItem(entry.RecordId, entry.Date, entry.DateDisplay, entry.Kind, entry.Title,
                entry.Institutions.Select(i => i.Id).ToList(), NamesOf(entry.Institutions), entry.Countries.Select(c => c.Value).ToList(),
                reader.IsDBNull(4) ? null : reader.GetString(4)));
            lastCursor = new RecordCursor(searching ? reader.GetDouble(1) : null, reader.GetInt32(2), reader.GetInt64(3));
        }
        return new RecordListPage(total, entries, next);
    }

    private static Dictionary<string, string> NamesOf(IEnumerable<InstitutionRef> institutions)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var institution in institutions)
            names.TryAdd(institution.Id, institution.Acronym ?? institution.Name);
        return names;
    }

    private static void Bind(SqliteCommand command, List<(string Name, object Value)> parameters)
    {
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
    }
}
