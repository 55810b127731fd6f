namespace Timeline.Projections.Storage;

internal static class ReadModelSchema
{
    public static readonly string CreateTables = $$"""
        CREATE TABLE IF NOT EXISTS checkpoints (
            name     TEXT PRIMARY KEY,
            position INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS records (
            record_id         TEXT PRIMARY KEY,
            recorded_type     TEXT    NOT NULL,
            recorded_json     BLOB    NOT NULL,
            facts_json        BLOB    NOT NULL,
            corrections       INTEGER NOT NULL,
            retraction_reason TEXT,
            retracted         INTEGER NOT NULL,
            first_position    INTEGER NOT NULL,
            last_position     INTEGER NOT NULL,
            revision          INTEGER NOT NULL,
            kind              TEXT    NOT NULL,
            year              INTEGER,
            entry_json        BLOB
        );
        {{TimelineTable("institution_timeline", "institution_id")}}
        {{TimelineTable("country_timeline", "country")}}
        CREATE TABLE IF NOT EXISTS institutions (
            institution_id TEXT PRIMARY KEY,
            name           TEXT NOT NULL,
            acronym        TEXT,
            country        TEXT,
            position       INTEGER NOT NULL
        );
        """;

    /// <summary>
    /// The indexes that serve the queries and the incremental writer, apart from the tables: a bulk load drops
    /// them and builds each again once, in one sorted pass, instead of updating them row by row.
    /// </summary>
    private static readonly (string Name, string On)[] Indexes =
    [
        ("ix_records_activity", "records (retracted, year, kind)"),
        // A page is chosen from these alone: the record id is in them, so skipping to an offset reads no table row.
        ("ix_institution_timeline_page", "institution_timeline (institution_id, sort_key, position, record_id)"),
        ("ix_country_timeline_page", "country_timeline (country, sort_key, position, record_id)"),
    ];

    public static readonly string CreateIndexes =
        string.Concat(Indexes.Select(index => $"CREATE INDEX IF NOT EXISTS {index.Name} ON {index.On};"));

    public static readonly string DropIndexes = DropAll(Indexes.Select(index => index.Name));

    /// <summary>Indexes of earlier versions, replaced or no longer read.</summary>
    public static readonly string DropRetiredIndexes = DropAll(
        ["ix_institution_timeline_record", "ix_country_timeline_record", "ix_institution_timeline_order", "ix_country_timeline_order"]);

    private static string DropAll(IEnumerable<string> indexNames) =>
        string.Concat(indexNames.Select(name => $"DROP INDEX IF EXISTS {name};"));

    /// <summary>
    /// A timeline: one row per record on one institution's or country's timeline, ordered by the record's
    /// earliest day and then its position in the log. The entry itself lives on the record.
    /// </summary>
    private static string TimelineTable(string table, string keyColumn) => $"""
        CREATE TABLE IF NOT EXISTS {table} (
            {keyColumn} TEXT    NOT NULL,
            record_id   TEXT    NOT NULL,
            sort_key    INTEGER NOT NULL,
            position    INTEGER NOT NULL,
            earliest    INTEGER,
            latest      INTEGER,
            kind        TEXT    NOT NULL,
            year        INTEGER,
            PRIMARY KEY ({keyColumn}, record_id)
        );
        """;

    /// <summary>Every table a rebuild empties, in an order that needs no care.</summary>
    public static readonly string[] Tables =
        ["checkpoints", "records", "institution_timeline", "country_timeline", "institutions"];
}
