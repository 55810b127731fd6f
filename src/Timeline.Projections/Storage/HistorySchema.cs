namespace Timeline.Projections.Storage;

/// <summary>
/// The read models' history, in the manner of SQL:2011 system-versioned tables: the current tables hold each row's
/// current version with the position of the event that made it (<c>last_position</c> of a record, <c>valid_from</c>
/// of a timeline row), and these tables hold only the versions something replaced, each valid from <c>valid_from</c>
/// up to but not including <c>valid_to</c> (the event that replaced it). A record folded once, as most are, writes
/// no history at all. Written by the same fold, in the same transaction, as the current tables.
/// </summary>
internal static class HistorySchema
{
    /// <summary>
    /// Searches the replaced versions' own text. Its content is <c>record_versions</c> itself, so the text is stored
    /// once; a replaced version never changes, so the index never needs an entry removed.
    /// </summary>
    public const string SearchTable = "record_versions_search";

    public static readonly string CreateTables = $$"""
        CREATE TABLE IF NOT EXISTS record_versions (
            record_id      TEXT    NOT NULL,
            valid_from     INTEGER NOT NULL,
            valid_to       INTEGER NOT NULL,
            kind           TEXT    NOT NULL,
            year           INTEGER,
            month          INTEGER,
            sort_key       INTEGER NOT NULL,
            earliest       INTEGER,
            latest         INTEGER,
            first_position INTEGER NOT NULL,
            entry_json     BLOB    NOT NULL,
            facts_json     BLOB    NOT NULL,
            -- The words the version is found by, as the search table of the current records holds them.
            title          TEXT    NOT NULL,
            source         TEXT    NOT NULL,
            people         TEXT    NOT NULL,
            places         TEXT    NOT NULL,
            institutions   TEXT    NOT NULL,
            UNIQUE (record_id, valid_from)
        );
        {{TimelineVersions("institution_timeline_versions", "institution_id")}}
        {{TimelineVersions("country_timeline_versions", "country")}}
        -- An institution's name, acronym and country from the first event that stated them until one states others.
        CREATE TABLE IF NOT EXISTS institution_versions (
            institution_id TEXT    NOT NULL,
            valid_from     INTEGER NOT NULL,
            name           TEXT    NOT NULL,
            acronym        TEXT,
            country        TEXT,
            PRIMARY KEY (institution_id, valid_from)
        ) WITHOUT ROWID;
        -- Transaction time to log position: the latest recorded time up to each position (a running maximum, so
        -- it only grows along the log and a moment resolves to a position with one seek).
        CREATE TABLE IF NOT EXISTS transaction_times (
            recorded_at INTEGER NOT NULL,
            position    INTEGER NOT NULL,
            PRIMARY KEY (recorded_at, position)
        ) WITHOUT ROWID;
        CREATE VIRTUAL TABLE IF NOT EXISTS {{SearchTable}} USING fts5 (
            title, source, people, places, institutions,
            content = 'record_versions',
            tokenize = 'unicode61 remove_diacritics 2'
        );
        """;

    /// <summary>Read by timeline pages as of a position: a key's versions in timeline order, validity read from the index.</summary>
    public static readonly (string Name, string On)[] Indexes =
    [
        ("ix_institution_timeline_versions_page", "institution_timeline_versions (institution_id, sort_key, position, valid_from, valid_to, record_id)"),
        ("ix_country_timeline_versions_page", "country_timeline_versions (country, sort_key, position, valid_from, valid_to, record_id)"),
    ];

    /// <summary>The search table goes first: emptying it reads nothing, and its content table is emptied after it.</summary>
    public static readonly string[] Tables =
        [SearchTable, "record_versions", "institution_timeline_versions", "country_timeline_versions", "institution_versions", "transaction_times"];

    /// <summary>
    /// Empties a table. An external-content search table is emptied by its own command: a plain DELETE would look up
    /// each row's text in its content table to unindex it.
    /// </summary>
    public static string Empty(string table) =>
        table == SearchTable ? $"INSERT INTO {SearchTable} ({SearchTable}) VALUES ('delete-all')" : $"DELETE FROM {table}";

    private static string TimelineVersions(string table, string keyColumn) => $"""
        CREATE TABLE IF NOT EXISTS {table} (
            {keyColumn} TEXT    NOT NULL,
            record_id   TEXT    NOT NULL,
            valid_from  INTEGER NOT NULL,
            valid_to    INTEGER NOT NULL,
            {ReadModelSchema.TimelineColumns}
            PRIMARY KEY ({keyColumn}, record_id, valid_from)
        ) WITHOUT ROWID;
        """;
}
