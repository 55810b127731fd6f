using Microsoft.Data.Sqlite;
using Timeline.Domain.Dates;
using Timeline.Projections.AsOf;
using Timeline.Projections.Storage;

namespace Timeline.Projections.Timelines;

/// <summary>Where a timeline page stopped: the last entry's sort key and log position, the order the timeline is read in.</summary>
public sealed record TimelineCursor(long SortKey, long Position);

/// <summary>
/// Filters of a timeline page. <see cref="From"/> and <see cref="To"/> keep the entries whose dates overlap
/// them (an entry whose end is open overlaps every range from its start on); an entry with no earliest day
/// (unknown, or with an open or unknown start) only shows when neither is given. With <see cref="After"/> the
/// page starts after that cursor and <see cref="Page"/> is not read.
/// </summary>
public sealed record TimelineFilter(DatePoint? From, DatePoint? To, IReadOnlyList<string> Kinds, int Page, int PageSize,
    TimelineCursor? After = null);

/// <summary>
/// One page; <see cref="Page"/> is null for a page read after a cursor, <see cref="Next"/> null on the last page. Its
/// entries are kept as stored (<see cref="Stored"/>) and built as objects only when <see cref="Entries"/> is read.
/// </summary>
public sealed record TimelinePage(long Total, int? Page, int PageSize, IReadOnlyList<StoredTimelineEntry> Stored, TimelineCursor? Next)
{
    public IReadOnlyList<TimelineEntry> Entries => Stored.Select(entry => entry.Entry).ToList();
}

/// <summary>
/// Reads the institution and country timelines in date order: earliest day, then log position. A page is read
/// from the covering index by key, after a cursor or from an offset (after the cursor it begins at, once the page
/// before it has been read: see <see cref="PageStarts"/>); its total is looked up in the counts the fold keeps, and
/// counted only when a date range narrows the timeline.
/// </summary>
public sealed class TimelineQueries(SqliteReadModel readModel)
{
    private readonly PageStarts _starts = new(readModel.Commits);

    public Task<TimelinePage> ForInstitutionAsync(string institutionId, TimelineFilter filter, CancellationToken cancellationToken) =>
        ForInstitutionAsync(institutionId, filter, ReadModelTables.Current, cancellationToken);

    public Task<TimelinePage> ForCountryAsync(string country, TimelineFilter filter, CancellationToken cancellationToken) =>
        ForCountryAsync(country, filter, ReadModelTables.Current, cancellationToken);

    /// <summary>The institution's timeline as <paramref name="tables"/> hold it: now, or as of a log position.</summary>
    public Task<TimelinePage> ForInstitutionAsync(string institutionId, TimelineFilter filter, ReadModelTables tables,
        CancellationToken cancellationToken) =>
        PageAsync(tables, ReadModelSchema.InstitutionTimeline, "institution_id", institutionId, filter, cancellationToken);

    public Task<TimelinePage> ForCountryAsync(string country, TimelineFilter filter, ReadModelTables tables, CancellationToken cancellationToken) =>
        PageAsync(tables, ReadModelSchema.CountryTimeline, "country", country, filter, cancellationToken);

    /// <param name="timeline">The current table's name; <paramref name="tables"/> says whether it is read now or as of a position.</param>
    private async Task<TimelinePage> PageAsync(ReadModelTables tables, string timeline, string keyColumn, string key, TimelineFilter filter,
        CancellationToken cancellationToken)
    {
        var numbered = PageStarts.Of(tables, timeline, key, filter);
        await using var connection = await readModel.RentReaderAsync(cancellationToken);
        var total = await TotalAsync(connection, tables, timeline, keyColumn, key, filter, cancellationToken);
        var readAt = readModel.Commits.Count;
        (List<StoredTimelineEntry> Entries, TimelineCursor? Next)? page = null;
        if (numbered is not null && _starts.Find(numbered, filter.Page) is { } start)
        {
            page = await RowsAsync(connection, tables, timeline, keyColumn, key, filter with { After = start.Value }, cancellationToken);
            // A commit that changed the timeline began meanwhile: the start may no longer be where this page begins.
            if (!_starts.StillHolds(numbered, start))
                page = null;
        }
        var (entries, next) = page ?? await RowsAsync(connection, tables, timeline, keyColumn, key, filter, cancellationToken);
        if (numbered is not null && next is not null)
            _starts.Learn(numbered, filter.Page + 1, readAt, next);
        return new TimelinePage(total, filter.After is null ? filter.Page : null, filter.PageSize, entries, next);
    }

    private static async Task<(List<StoredTimelineEntry> Entries, TimelineCursor? Next)> RowsAsync(ReadModelReader connection,
        ReadModelTables tables, string timeline, string keyColumn, string key, TimelineFilter filter, CancellationToken cancellationToken)
    {
        var page = connection.Command(PageSql(tables, timeline, keyColumn, filter));
        BindPage(page, key, filter);
        var entries = new List<StoredTimelineEntry>(filter.PageSize);
        await using var reader = await page.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // The page reads one entry more than it shows: its presence says a next page exists.
            if (entries.Count == filter.PageSize)
                return (entries, entries[^1].Cursor);
            entries.Add(new StoredTimelineEntry((byte[])reader.GetValue(0), reader.GetInt64(1), reader.GetInt64(2)));
        }
        return (entries, null);
    }

    /// <summary>
    /// What SQLite plans for one page of an institution's timeline (EXPLAIN QUERY PLAN, one line per step): a page
    /// should read only its own rows, by key from the covering index.
    /// </summary>
    public async Task<IReadOnlyList<string>> PlanForInstitutionAsync(string institutionId, TimelineFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await readModel.OpenReaderAsync(cancellationToken);
        await using var page = connection.CreateCommand();
        page.CommandText = "EXPLAIN QUERY PLAN " + PageSql(ReadModelTables.Current, ReadModelSchema.InstitutionTimeline, "institution_id", filter);
        BindPage(page, institutionId, filter);
        var steps = new List<string>();
        await using var reader = await page.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            steps.Add(reader.GetString(3));
        return steps;
    }

    private static string PageSql(ReadModelTables tables, string timeline, string keyColumn, TimelineFilter filter)
    {
        var table = tables.Timeline(timeline, keyColumn);
        var where = Where(keyColumn, filter);
        if (filter.After is not null)
            where += " AND (t.sort_key, t.position) > ($afterSort, $afterPosition)";
        // The page is chosen on the narrow timeline rows first; only its own entries are read from the records, each by
        // its integer key (a row's position is its record's first position). The limit is bound as an expression (see
        // ReadModelReader.Limit), so the kept statement is not planned again for every page.
        return $"""
            SELECT r.entry_json, p.sort_key, p.position
            FROM (SELECT t.sort_key, t.position FROM {table} t WHERE {where}
                  ORDER BY t.sort_key, t.position LIMIT {ReadModelReader.Limit} OFFSET $offset) p
            JOIN {tables.Records} r ON r.first_position = p.position
            ORDER BY p.sort_key, p.position
            """;
    }

    private static void BindPage(SqliteCommand page, string key, TimelineFilter filter)
    {
        Bind(page, key, filter);
        page.Parameters.AddWithValue("$limit", filter.PageSize + 1);
        page.Parameters.AddWithValue("$offset", filter.After is null ? (long)(filter.Page - 1) * filter.PageSize : 0);
        if (filter.After is { } after)
        {
            page.Parameters.AddWithValue("$afterSort", after.SortKey);
            page.Parameters.AddWithValue("$afterPosition", after.Position);
        }
    }

    /// <summary>
    /// Looked up in the counts the fold keeps; counted instead when a date range narrows the timeline or when it is read
    /// as of a past position (the counts are of now).
    /// </summary>
    private static async Task<long> TotalAsync(ReadModelReader connection, ReadModelTables tables, string timeline, string keyColumn,
        string key, TimelineFilter filter, CancellationToken cancellationToken)
    {
        var count = connection.Command(filter.From is null && filter.To is null && tables.Position is null
            ? $"SELECT COALESCE(SUM(t.entries), 0) FROM timeline_counts t WHERE t.timeline = '{timeline}' AND t.key = $key{KindsIn(filter)}"
            : $"SELECT COUNT(*) FROM {tables.Timeline(timeline, keyColumn)} t WHERE {Where(keyColumn, filter)}");
        Bind(count, key, filter);
        return (long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }

    private static string Where(string keyColumn, TimelineFilter filter)
    {
        var where = $"t.{keyColumn} = $key";
        if (filter.From is not null || filter.To is not null)
            where += " AND t.earliest IS NOT NULL";
        if (filter.From is not null)
            where += " AND t.latest >= $from";
        if (filter.To is not null)
            where += " AND t.earliest <= $to";
        return where + KindsIn(filter);
    }

    private static string KindsIn(TimelineFilter filter) =>
        filter.Kinds.Count == 0 ? "" : $" AND t.kind IN ({string.Join(", ", filter.Kinds.Select((_, i) => $"$kind{i}"))})";

    private static void Bind(SqliteCommand command, string key, TimelineFilter filter)
    {
        command.Parameters.AddWithValue("$key", key);
        if (filter.From is { } f)
            command.Parameters.AddWithValue("$from", f.EarliestKey);
        if (filter.To is { } t)
            command.Parameters.AddWithValue("$to", t.LatestKey);
        for (var i = 0; i < filter.Kinds.Count; i++)
            command.Parameters.AddWithValue($"$kind{i}", filter.Kinds[i]);
    }
}
