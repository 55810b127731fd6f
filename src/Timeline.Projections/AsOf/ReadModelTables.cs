using System.Globalization;
using Timeline.Projections.Storage;

namespace Timeline.Projections.AsOf;

/// <summary>
/// Where a query reads its rows: the current tables, or the history tables cut at a log position, shaped like the
/// current ones (same names, same columns) so one query text serves both. SQLite flattens these subqueries into
/// the query around them, so the cut is a filter on an index range rather than a copy.
/// </summary>
public sealed class ReadModelTables
{
    public static readonly ReadModelTables Current = new(null);

    private ReadModelTables(long? position) => Position = position;

    /// <summary>The tables as they stood once the event at <paramref name="position"/> was folded.</summary>
    public static ReadModelTables AsOf(long position) => new(position);

    /// <summary>The log position read as of; null for the current tables.</summary>
    public long? Position { get; }

    public string Records => Position is null ? "records" : $"""
        (SELECT rowid, record_id, 0 AS retracted, kind, year, month, sort_key, earliest, latest, first_position, entry_json, facts_json
         FROM record_versions WHERE {ValidThen})
        """;

    public string InstitutionTimeline => Timeline("institution_timeline", "institution_id");

    public string CountryTimeline => Timeline("country_timeline", "country");

    /// <summary>Every institution named by then, with its name as last stated by then.</summary>
    public string Institutions => Position is null ? "institutions" : $"""
        (SELECT institution_id, name, acronym, country, MAX(valid_from) AS position
         FROM institution_versions WHERE valid_from <= {Literal} GROUP BY institution_id)
        """;

    /// <summary>The full-text table whose rowids are those of <see cref="Records"/>.</summary>
    public string Search => Position is null ? ReadModelSchema.SearchTable : HistorySchema.SearchTable;

    public string Timeline(string table, string keyColumn) => Position is null ? table : $"""
        (SELECT {keyColumn}, record_id, sort_key, position, earliest, latest, kind, year, month
         FROM {table}_versions WHERE {ValidThen})
        """;

    // A position is a number the service resolved, never text from a request, so it is written into the SQL as is.
    private string Literal => Position!.Value.ToString(CultureInfo.InvariantCulture);

    private string ValidThen => $"valid_from <= {Literal} AND (valid_to IS NULL OR valid_to > {Literal})";
}
