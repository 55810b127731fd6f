using Microsoft.Data.Sqlite;

namespace Timeline.Projections.Storage;

/// <summary>Every statement the read-model writer runs, prepared once on its connection.</summary>
internal sealed class ReadModelStatements : IDisposable
{
    public ReadModelStatements(SqliteConnection connection)
    {
        ReadCheckpoint = new(connection, "SELECT position FROM checkpoints WHERE name = $name", "$name");
        SaveCheckpoint = new(connection,
            "INSERT INTO checkpoints (name, position) VALUES ($name, $position) ON CONFLICT (name) DO UPDATE SET position = excluded.position",
            "$name", "$position");
        LoadRecord = new(connection, """
            SELECT recorded_type, recorded_json, facts_json, corrections, retracted, retraction_reason, first_position, last_position, revision, reviews
            FROM records WHERE record_id = $id
            """, "$id");
        UpsertRecord = new(connection, """
            INSERT INTO records (record_id, recorded_type, recorded_json, facts_json, corrections, retracted, retraction_reason,
                first_position, last_position, revision, kind, year, entry_json, reviews, sort_key, earliest, latest, month)
            VALUES ($id, $type, $recorded, $facts, $corrections, $retracted, $reason, $first, $last, $revision, $kind, $year, $entry,
                $reviews, $sort, $earliest, $latest, $month)
            ON CONFLICT (record_id) DO UPDATE SET facts_json = excluded.facts_json, corrections = excluded.corrections,
                retracted = excluded.retracted, retraction_reason = excluded.retraction_reason,
                last_position = excluded.last_position, revision = excluded.revision, year = excluded.year, entry_json = excluded.entry_json,
                reviews = excluded.reviews, sort_key = excluded.sort_key, earliest = excluded.earliest, latest = excluded.latest,
                month = excluded.month
            RETURNING rowid
            """, "$id", "$type", "$recorded", "$facts", "$corrections", "$retracted", "$reason", "$first", "$last", "$revision", "$kind", "$year", "$entry",
            "$reviews", "$sort", "$earliest", "$latest", "$month");
        DeleteInstitutionEntry = new(connection, "DELETE FROM institution_timeline WHERE institution_id = $key AND record_id = $id", "$key", "$id");
        DeleteCountryEntry = new(connection, "DELETE FROM country_timeline WHERE country = $key AND record_id = $id", "$key", "$id");
        InsertInstitutionEntry = TimelineInsert(connection, ReadModelSchema.InstitutionTimeline, "institution_id", 1);
        InsertCountryEntry = TimelineInsert(connection, ReadModelSchema.CountryTimeline, "country", 1);
        InsertInstitutionEntries = TimelineInsert(connection, ReadModelSchema.InstitutionTimeline, "institution_id", TimelineBatch.RowsPerStatement);
        InsertCountryEntries = TimelineInsert(connection, ReadModelSchema.CountryTimeline, "country", TimelineBatch.RowsPerStatement);
        UpsertInstitution = new(connection, """
            INSERT INTO institutions (institution_id, name, acronym, country, position) VALUES ($id, $name, $acronym, $country, $position)
            ON CONFLICT (institution_id) DO UPDATE SET name = excluded.name, acronym = excluded.acronym,
                country = excluded.country, position = excluded.position
            WHERE excluded.position >= institutions.position
            """, "$id", "$name", "$acronym", "$country", "$position");
        AddToCount = new(connection, """
            INSERT INTO timeline_counts (timeline, key, kind, entries) VALUES ($timeline, $key, $kind, $change)
            ON CONFLICT (timeline, key, kind) DO UPDATE SET entries = entries + excluded.entries
            """, "$timeline", "$key", "$kind", "$change");
        DropEmptyCount = new(connection, "DELETE FROM timeline_counts WHERE timeline = $timeline AND key = $key AND kind = $kind AND entries = 0",
            "$timeline", "$key", "$kind");
        DeleteSearchText = new(connection, $"DELETE FROM {ReadModelSchema.SearchTable} WHERE rowid = $rowid", "$rowid");
        InsertSearchText = new(connection,
            $"INSERT INTO {ReadModelSchema.SearchTable} (rowid, title, source, people, places, institutions) VALUES ($rowid, $title, $source, $people, $places, $institutions)",
            "$rowid", "$title", "$source", "$people", "$places", "$institutions");
    }

    public PreparedCommand ReadCheckpoint { get; }
    public PreparedCommand SaveCheckpoint { get; }
    public PreparedCommand LoadRecord { get; }
    public PreparedCommand UpsertRecord { get; }
    public PreparedCommand DeleteInstitutionEntry { get; }
    public PreparedCommand DeleteCountryEntry { get; }
    public PreparedCommand InsertInstitutionEntry { get; }
    public PreparedCommand InsertCountryEntry { get; }
    public PreparedCommand InsertInstitutionEntries { get; }
    public PreparedCommand InsertCountryEntries { get; }
    public PreparedCommand UpsertInstitution { get; }
    public PreparedCommand AddToCount { get; }
    public PreparedCommand DropEmptyCount { get; }
    public PreparedCommand DeleteSearchText { get; }
    public PreparedCommand InsertSearchText { get; }

    /// <summary>An insert of <paramref name="rows"/> timeline rows at once, each row's values in the order <see cref="TimelineBatch"/> fills them.</summary>
    private static PreparedCommand TimelineInsert(SqliteConnection connection, string table, string keyColumn, int rows)
    {
        string[] columns = ["key", "id", "sort", "position", "earliest", "latest", "kind", "year", "month", "from"];
        var names = Enumerable.Range(0, rows).Select(row => columns.Select(column => $"${column}{row}").ToArray()).ToArray();
        return new(connection, $"""
            INSERT INTO {table} ({keyColumn}, record_id, sort_key, position, earliest, latest, kind, year, month, valid_from)
            VALUES {string.Join(", ", names.Select(row => $"({string.Join(", ", row)})"))}
            """, names.SelectMany(row => row).ToArray());
    }

    public void Dispose()
    {
        foreach (var command in new[] { ReadCheckpoint, SaveCheckpoint, LoadRecord, UpsertRecord, DeleteInstitutionEntry, DeleteCountryEntry, InsertInstitutionEntry, InsertCountryEntry,
                     InsertInstitutionEntries, InsertCountryEntries, UpsertInstitution,
                     AddToCount, DropEmptyCount, DeleteSearchText, InsertSearchText })
            command.Dispose();
    }
}
