namespace Timeline.Projections.Storage;

internal static class ReadModelSchema
{
    public static readonly string Create = $$"""
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
        CREATE INDEX IF NOT EXISTS ix_records_activity ON records (retracted, year, kind);
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
        CREATE INDEX IF NOT EXISTS ix_{table}_order ON {table} ({keyColumn}, sort_key, position);
        CREATE INDEX IF NOT EXISTS ix_{table}_record ON {table} (record_id);
        """;

    /// <summary>Every table a rebuild empties, in an order that needs no care.</summary>
    public static readonly string[] Tables =
        ["checkpoints", "records", "institution_timeline", "country_timeline", "institutions"];
}
