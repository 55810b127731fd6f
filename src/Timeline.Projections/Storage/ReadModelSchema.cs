namespace Timeline.Projections.Storage;

internal static class ReadModelSchema
{
    public const string Create = """
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
        CREATE TABLE IF NOT EXISTS institution_timeline (
            institution_id TEXT    NOT NULL,
            record_id      TEXT    NOT NULL,
            sort_key       INTEGER NOT NULL,
            position       INTEGER NOT NULL,
            earliest       INTEGER,
            latest         INTEGER,
            kind           TEXT    NOT NULL,
            year           INTEGER,
            PRIMARY KEY (institution_id, record_id)
        );
        CREATE INDEX IF NOT EXISTS ix_institution_timeline_order ON institution_timeline (institution_id, sort_key, position);
        CREATE INDEX IF NOT EXISTS ix_institution_timeline_record ON institution_timeline (record_id);
        CREATE TABLE IF NOT EXISTS country_timeline (
            country    TEXT    NOT NULL,
            record_id  TEXT    NOT NULL,
            sort_key   INTEGER NOT NULL,
            position   INTEGER NOT NULL,
            earliest   INTEGER,
            latest     INTEGER,
            kind       TEXT    NOT NULL,
            year       INTEGER,
            PRIMARY KEY (country, record_id)
        );
        CREATE INDEX IF NOT EXISTS ix_country_timeline_order ON country_timeline (country, sort_key, position);
        CREATE INDEX IF NOT EXISTS ix_country_timeline_record ON country_timeline (record_id);
        CREATE TABLE IF NOT EXISTS institutions (
            institution_id TEXT PRIMARY KEY,
            name           TEXT NOT NULL,
            acronym        TEXT,
            country        TEXT,
            position       INTEGER NOT NULL
        );
        """;

    /// <summary>Every table a rebuild empties, in an order that needs no care.</summary>
    public static readonly string[] Tables =
        ["checkpoints", "records", "institution_timeline", "country_timeline", "institutions"];
}
