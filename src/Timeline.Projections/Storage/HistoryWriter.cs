using System.Text.Json;
using Microsoft.Data.Sqlite;
using Timeline.Domain.Institutions;
using Timeline.EventStore.Serialization;
using Timeline.Projections.Records;
using Timeline.Projections.Search;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Storage;

/// <summary>One event's effect on one record: the view before it (null for the record's first event) and after.</summary>
internal sealed record RecordChange(RecordView? Before, RecordView After, long Position, DateTimeOffset RecordedAt);

/// <summary>
/// Writes the history tables of <see cref="HistorySchema"/> event by event, never batch by batch, so every batch
/// size (one event live, thousands in a rebuild) gives the same intervals. Only a version an event replaces is
/// written, whole and closed, from the view in memory: the current version stays in the current tables alone.
/// </summary>
internal sealed class HistoryWriter : IDisposable
{
    private readonly PreparedCommand _insertRecord;
    private readonly PreparedCommand _insertSearchText;
    private readonly PreparedCommand _insertInstitutionEntry;
    private readonly PreparedCommand _insertCountryEntry;
    private readonly PreparedCommand _latestInstitution;
    private readonly PreparedCommand _insertInstitution;
    private readonly PreparedCommand _insertTime;

    public HistoryWriter(SqliteConnection connection)
    {
        _insertRecord = new(connection, """
            INSERT INTO record_versions (record_id, valid_from, valid_to, kind, year, month, sort_key, earliest, latest, first_position,
                entry_json, facts_json, title, source, people, places, institutions)
            VALUES ($id, $from, $to, $kind, $year, $month, $sort, $earliest, $latest, $first, $entry, $facts, $title, $source, $people, $places, $institutions)
            RETURNING rowid
            """, "$id", "$from", "$to", "$kind", "$year", "$month", "$sort", "$earliest", "$latest", "$first", "$entry", "$facts",
            "$title", "$source", "$people", "$places", "$institutions");
        _insertSearchText = new(connection,
            $"INSERT INTO {HistorySchema.SearchTable} (rowid, title, source, people, places, institutions) VALUES ($rowid, $title, $source, $people, $places, $institutions)",
            "$rowid", "$title", "$source", "$people", "$places", "$institutions");
        _insertInstitutionEntry = InsertEntry(connection, "institution_timeline_versions", "institution_id");
        _insertCountryEntry = InsertEntry(connection, "country_timeline_versions", "country");
        _latestInstitution = new(connection,
            "SELECT name, acronym, country FROM institution_versions WHERE institution_id = $id ORDER BY valid_from DESC LIMIT 1", "$id");
        _insertInstitution = new(connection,
            "INSERT INTO institution_versions (institution_id, valid_from, name, acronym, country) VALUES ($id, $from, $name, $acronym, $country)",
            "$id", "$from", "$name", "$acronym", "$country");
        _insertTime = new(connection, "INSERT OR IGNORE INTO transaction_times (recorded_at, position) VALUES ($at, $position)", "$at", "$position");
    }

    /// <param name="latestTime">The latest recorded time folded before this batch, in ticks; null when nothing was.</param>
    /// <returns>The latest recorded time folded so far (the running maximum), in ticks; null when nothing was folded.</returns>
    public long? Write(IReadOnlyList<RecordChange> changes, long? latestTime, SqliteTransaction transaction)
    {
        var institutions = new Dictionary<string, (string Name, string? Acronym, string? Country)>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            if (change.Before is { IsVisible: true } before)
                Replaced(before, change.Position, transaction);
            foreach (var institution in change.After.Facts.Institutions)
                NameInstitution(institution, change.Position, institutions, transaction);
            latestTime = Math.Max(latestTime ?? long.MinValue, change.RecordedAt.UtcTicks);
            _insertTime.Execute(transaction, latestTime, change.Position);
        }
        return latestTime;
    }

    /// <summary>
    /// Keeps <paramref name="before"/> as a version valid from the event that made it to the one that replaced it. Its
    /// institution rows stay under the ids the record names, as the event stated them, so a version reads the same
    /// whichever batch the registry's later redirects arrived in.
    /// </summary>
    private void Replaced(RecordView before, long position, SqliteTransaction transaction)
    {
        var date = before.Facts.Date;
        var text = SearchText.Of(before);
        var rowId = _insertRecord.ExecuteInt64(transaction,
            before.Id, before.LastPosition, position, before.Kind.ToString(), date.Year, date.Start?.Month, date.SortKey, date.EarliestKey,
            date.LatestKey, before.FirstPosition,
            JsonSerializer.SerializeToUtf8Bytes(TimelineEntry.Of(before), EventJson.Options),
            JsonSerializer.SerializeToUtf8Bytes(before.Facts, EventJson.Options),
            text.Title, text.Source, text.People, text.Places, text.Institutions);
        _insertSearchText.Execute(transaction, rowId, text.Title, text.Source, text.People, text.Places, text.Institutions);
        ReplacedEntries(_insertInstitutionEntry, TimelineProjection.InstitutionRows(before), before.LastPosition, position, transaction);
        ReplacedEntries(_insertCountryEntry, TimelineProjection.CountryRows(before), before.LastPosition, position, transaction);
    }

    private static void ReplacedEntries(PreparedCommand insert, IEnumerable<(string Key, TimelineEntry Entry)> rows, long from, long to,
        SqliteTransaction transaction)
    {
        foreach (var (key, entry) in rows)
        {
            insert.Execute(transaction, key, entry.RecordId, from, to, entry.Date.SortKey, entry.Position,
                entry.Date.EarliestKey, entry.Date.LatestKey, entry.Kind, entry.Date.Year, entry.Date.Start?.Month);
        }
    }

    /// <summary>
    /// The latest event naming an institution states its name (as the current <c>institutions</c> table keeps it):
    /// a new version starts only when an event states something other than the version before.
    /// </summary>
    private void NameInstitution(InstitutionRef institution, long position,
        Dictionary<string, (string Name, string? Acronym, string? Country)> latest, SqliteTransaction transaction)
    {
        var stated = (institution.Name, institution.Acronym, institution.Country?.Value);
        if (!latest.TryGetValue(institution.Id, out var known))
        {
            using var reader = _latestInstitution.Bind(transaction, institution.Id).ExecuteReader();
            known = reader.Read() ? (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2))
                : default;
        }
        if (known != stated)
            _insertInstitution.Execute(transaction, institution.Id, position, stated.Name, stated.Acronym, stated.Item3);
        latest[institution.Id] = stated;
    }

    private static PreparedCommand InsertEntry(SqliteConnection connection, string table, string keyColumn) => new(connection, $"""
        INSERT INTO {table} ({keyColumn}, record_id, valid_from, valid_to, sort_key, position, earliest, latest, kind, year, month)
        VALUES ($key, $id, $from, $to, $sort, $position, $earliest, $latest, $kind, $year, $month)
        """, "$key", "$id", "$from", "$to", "$sort", "$position", "$earliest", "$latest", "$kind", "$year", "$month");

    public void Dispose()
    {
        foreach (var command in new[] { _insertRecord, _insertSearchText, _insertInstitutionEntry, _insertCountryEntry, _latestInstitution,
                     _insertInstitution, _insertTime })
            command.Dispose();
    }
}
