using System.Globalization;
using Timeline.Projections.Storage;

namespace Timeline.Projections.AsOf;

/// <summary>
/// Where a query reads its rows: the current tables, or the tables as they stood at a log position, shaped like the
/// current ones (same names, same columns) so one query text serves both. As of a position, a row is its current
/// version when the event that made it came by then, or else the replaced version valid then.
/// </summary>
public sealed class ReadModelTables
{
    public static readonly ReadModelTables Current = new(null);

    private ReadModelTables(long? position) => Position = position;

    /// <summary>The tables as they stood once the event at <paramref name="position"/> was folded.</summary>
    public static ReadModelTables AsOf(long position) => new(position);

    /// <summary>The log position read as of; null for the current tables.</summary>
    public long? Position { get; }

    /// <summary>The columns of a record that queries read as of a position: a retracted record has no version valid then.</summary>
    private static readonly string[] RecordColumns =
        ["kind", "year", "month", "sort_key", "earliest", "latest", "first_position", "entry_json", "facts_json"];

    /// <summary>
    /// Each record as it stood: its current row when the event that made it came by then, or else its replaced version
    /// valid then (at most one is). One join rather than a union, so a query joining it by record id or first position
    /// looks each record up by key instead of reading them all; the first position is the current row's own (no
    /// version changes it), so a join on it reaches the table's integer key.
    /// </summary>
    public string Records => Position is null ? "records" : $"""
        (SELECT 0 AS retracted, c.record_id, {string.Join(", ", RecordColumns.Select(column => column == "first_position"
            ? $"c.{column}" : $"CASE WHEN v.record_id IS NULL THEN c.{column} ELSE v.{column} END AS {column}"))}
            , CASE WHEN v.record_id IS NULL THEN c.recorded_json END AS recorded_json
         FROM records c LEFT JOIN record_versions v ON v.record_id = c.record_id AND {ReplacedThen("v.")}
         WHERE ({CurrentRecordThen("c.")}) OR v.record_id IS NOT NULL)
        """;

    public string InstitutionTimeline => Timeline("institution_timeline", "institution_id");

    public string CountryTimeline => Timeline("country_timeline", "country");

    /// <summary>Every institution named by then, with its name as last stated by then.</summary>
    public string Institutions => Position is null ? "institutions" : $"""
        (SELECT institution_id, name, acronym, country, MAX(valid_from) AS position
         FROM institution_versions WHERE valid_from <= {Literal} GROUP BY institution_id)
        """;

    /// <summary>
    /// A timeline's rows then: SQLite pushes the query's key into both halves of the union and merges them in timeline
    /// order, each half read in order from its own index.
    /// </summary>
    public string Timeline(string table, string keyColumn)
    {
        var columns = $"{keyColumn}, record_id, sort_key, position, earliest, latest, kind, year, month";
        return Position is null ? table : $"""
            (SELECT {columns} FROM {table} WHERE valid_from <= {Literal}
             UNION ALL
             SELECT {columns} FROM {table}_versions WHERE {ReplacedThen("")})
            """;
    }

    /// <summary>
    /// How many rows a timeline holds then under <paramref name="key"/> (an SQL expression, which may name a column of
    /// the outer query). As of a position each half is counted on its own index: SQLite does not push a key taken from
    /// an outer query into a union, and would read every row of both tables for each outer row.
    /// </summary>
    public string Count(string table, string keyColumn, string key) => Position is null
        ? $"(SELECT COUNT(*) FROM {table} t WHERE t.{keyColumn} = {key})"
        : $"((SELECT COUNT(*) FROM {table} t WHERE t.{keyColumn} = {key} AND t.valid_from <= {Literal})"
          + $" + (SELECT COUNT(*) FROM {table}_versions t WHERE t.{keyColumn} = {key} AND {ReplacedThen("t.")}))";

    /// <summary>Whether a timeline holds, then, the record <paramref name="recordId"/> under <paramref name="key"/>; each half looked up by its key, as in <see cref="Count"/>.</summary>
    public string Holds(string table, string keyColumn, string key, string recordId) => Position is null
        ? $"EXISTS (SELECT 1 FROM {table} t WHERE t.{keyColumn} = {key} AND t.record_id = {recordId})"
        : $"(EXISTS (SELECT 1 FROM {table} t WHERE t.{keyColumn} = {key} AND t.record_id = {recordId} AND t.valid_from <= {Literal})"
          + $" OR EXISTS (SELECT 1 FROM {table}_versions t WHERE t.{keyColumn} = {key} AND t.record_id = {recordId} AND {ReplacedThen("t.")}))";

    /// <summary>
    /// The records whose words matched <c>$search</c> then, each with the columns of <see cref="Records"/>, its
    /// <c>score</c> and its <c>snippet</c>: the current records' text and the replaced versions' text are indexed apart,
    /// so each half is searched in its own full-text table, ranked against that table.
    /// </summary>
    /// <param name="score">The relevance expression for a full-text table's name.</param>
    /// <param name="snippet">The snippet expression for a full-text table's name.</param>
    public string Matching(Func<string, string> score, Func<string, string> snippet)
    {
        string Half(string search, string table, string valid) => $"""
            SELECT 0 AS retracted, r.record_id, {string.Join(", ", RecordColumns.Select(column => "r." + column))}, {score(search)} AS score, {snippet(search)} AS snippet
            FROM {search} JOIN {table} r ON r.rowid = {search}.rowid
            WHERE {search} MATCH $search AND {valid}
            """;
        return Position is null
            ? $"({Half(ReadModelSchema.SearchTable, "records", "r.retracted = 0")})"
            : $"""
              ({Half(ReadModelSchema.SearchTable, "records", CurrentRecordThen("r."))}
               UNION ALL
               {Half(HistorySchema.SearchTable, "record_versions", ReplacedThen("r."))})
              """;
    }

    // A position is a number the service resolved, never text from a request, so it is written into the SQL as is.
    private string Literal => Position!.Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A visible record whose current version was made by the event at the position or one before it.</summary>
    private string CurrentRecordThen(string alias) => $"{alias}retracted = 0 AND {alias}last_position <= {Literal}";

    private string ReplacedThen(string alias) => $"{alias}valid_from <= {Literal} AND {alias}valid_to > {Literal}";
}
