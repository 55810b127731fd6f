namespace Timeline.Projections.Storage;

internal static class ReadModelSchema
{
    /// <summary>
    /// Raised whenever a table gains a column the fold must fill: a file of another version is emptied on open
    /// and folded again from position 0, which is always safe because the log holds everything.
    /// </summary>
    public const int Version = 9;

    public const string InstitutionTimeline = "institution_timeline";
    public const string CountryTimeline = "country_timeline";

    public static readonly string CreateTables = $$"""
        CREATE TABLE IF NOT EXISTS checkpoints (
            name     TEXT PRIMARY KEY,
            position INTEGER NOT NULL
        );
        -- Keyed by the position of the event that made the record, which the timeline rows hold: a page looks its
        -- entries up by integer key in the table itself, and by text id only through the unique index.
        CREATE TABLE IF NOT EXISTS records (
            first_position    INTEGER PRIMARY KEY,
            record_id         TEXT    NOT NULL UNIQUE,
            recorded_type     TEXT    NOT NULL,
            recorded_json     BLOB    NOT NULL,
            -- NULL while the record is uncorrected: its facts are then those of recorded_json.
            facts_json        BLOB,
            corrections       INTEGER NOT NULL,
            retraction_reason TEXT,
            retracted         INTEGER NOT NULL,
            last_position     INTEGER NOT NULL,
            revision          INTEGER NOT NULL,
            kind              TEXT    NOT NULL,
            year              INTEGER,
            entry_json        BLOB,
            reviews           INTEGER NOT NULL,
            -- Where the record sits in time: sort key, first and last day (yyyyMMdd), and its month when the date states one.
            sort_key          INTEGER NOT NULL,
            earliest          INTEGER,
            latest            INTEGER,
            month             INTEGER
        );
        {{TimelineTable(InstitutionTimeline, "institution_id")}}
        {{TimelineTable(CountryTimeline, "country")}}
        -- Entries per timeline and kind, kept by the fold with the rows themselves (timeline is the table's name).
        CREATE TABLE IF NOT EXISTS timeline_counts (
            timeline TEXT    NOT NULL,
            key      TEXT    NOT NULL,
            kind     TEXT    NOT NULL,
            entries  INTEGER NOT NULL,
            PRIMARY KEY (timeline, key, kind)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS institutions (
            institution_id TEXT PRIMARY KEY,
            name           TEXT NOT NULL,
            acronym        TEXT,
            country        TEXT,
            position       INTEGER NOT NULL
        );
        {{Registry.RegistryTables.CreateTables}}
        {{People.PeopleAndPlacesTables.CreateTables}}
        CREATE VIRTUAL TABLE IF NOT EXISTS {{SearchTable}} USING fts5 (
            title, source, people, places, institutions,
            tokenize = 'unicode61 remove_diacritics 2'
        );
        {{HistorySchema.CreateTables}}
        """;

    /// <summary>
    /// Full-text search over the visible records; its rowid is the record's rowid in <c>records</c> (its first
    /// position), so a record's text is replaced or removed without an index of its own.
    /// </summary>
    public const string SearchTable = "records_search";

    /// <summary>
    /// The indexes that serve the queries and the incremental writer, apart from the tables: a bulk load drops
    /// them and builds each again once, in one sorted pass, instead of updating them row by row.
    /// </summary>
    private static readonly (string Name, string On)[] Indexes =
    [
        ("ix_records_activity", "records (retracted, year, kind)"),
        // The records list in timeline order, read by key from any point onwards.
        ("ix_records_order", "records (retracted, sort_key, first_position)"),
        // A page is chosen from these alone: the record id is in them, so skipping to an offset reads no table row; and
        // so is valid_from, so a page as of a past position reads no table row either.
        ("ix_institution_timeline_page", "institution_timeline (institution_id, sort_key, position, record_id, valid_from)"),
        ("ix_country_timeline_page", "country_timeline (country, sort_key, position, record_id, valid_from)"),
        .. HistorySchema.Indexes,
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
    /// earliest day and then its position in the log. The entry itself lives on the record. The table is its own
    /// primary key (no rowid and no second tree to keep for the key).
    /// </summary>
    private static string TimelineTable(string table, string keyColumn) => $"""
        CREATE TABLE IF NOT EXISTS {table} (
            {keyColumn} TEXT    NOT NULL,
            record_id   TEXT    NOT NULL,
            {TimelineColumns}
            valid_from  INTEGER NOT NULL,
            PRIMARY KEY ({keyColumn}, record_id)
        ) WITHOUT ROWID;
        """;

    /// <summary>Where an entry sits and what counts read of it: the columns a timeline row and its versions share.</summary>
    public const string TimelineColumns = """
        sort_key INTEGER NOT NULL, position INTEGER NOT NULL, earliest INTEGER, latest INTEGER,
        kind TEXT NOT NULL, year INTEGER, month INTEGER,
        """;

    /// <summary>Every table a rebuild empties, in an order that needs no care.</summary>
    public static readonly string[] Tables =
        ["checkpoints", "records", "institution_timeline", "country_timeline", "timeline_counts", "institutions", SearchTable,
            .. HistorySchema.Tables, .. Registry.RegistryTables.Tables, .. People.PeopleAndPlacesTables.Tables];

    /// <summary>Drops every table of a file written by another version, so <see cref="CreateTables"/> makes them anew.</summary>
    public static readonly string DropTables = string.Concat(Tables.Select(table => $"DROP TABLE IF EXISTS {table};"));
}
