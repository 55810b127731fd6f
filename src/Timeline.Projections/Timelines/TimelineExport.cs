using System.Runtime.CompilerServices;
using Timeline.Projections.AsOf;
using Timeline.Projections.Storage;

namespace Timeline.Projections.Timelines;

/// <summary>
/// A timeline entry's stored JSON with its record's facts (whose people and source an export adds), as the read model
/// holds them: <see cref="ExportRow"/> reads an export's cells from these bytes without building objects. The row of
/// a record never corrected keeps no facts of its own: they are then the <c>facts</c> member of the event that
/// recorded it, which <see cref="FactsJson"/> holds whole (<see cref="FactsInEvent"/>), found there by the reader
/// rather than by SQLite's JSON functions.
/// </summary>
public sealed record ExportedEntry(byte[] EntryJson, byte[] FactsJson, bool FactsInEvent = false);

/// <summary>
/// Reads a whole timeline in date order, in batches that each continue after the last key read (sort key, then
/// position), so an export of any length holds one batch in memory and never skips or repeats an entry.
/// </summary>
public sealed class TimelineExport(SqliteReadModel readModel)
{
    public const int BatchSize = 1000;

    public IAsyncEnumerable<ExportedEntry> InstitutionAsync(string institutionId, CancellationToken cancellationToken) =>
        InstitutionAsync(institutionId, ReadModelTables.Current, cancellationToken);

    public IAsyncEnumerable<ExportedEntry> CountryAsync(string country, CancellationToken cancellationToken) =>
        CountryAsync(country, ReadModelTables.Current, cancellationToken);

    /// <summary>The institution's timeline as <paramref name="tables"/> hold it: now, or as of a log position.</summary>
    public IAsyncEnumerable<ExportedEntry> InstitutionAsync(string institutionId, ReadModelTables tables, CancellationToken cancellationToken) =>
        StreamAsync(tables, tables.InstitutionTimeline, "institution_id", institutionId, cancellationToken);

    public IAsyncEnumerable<ExportedEntry> CountryAsync(string country, ReadModelTables tables, CancellationToken cancellationToken) =>
        StreamAsync(tables, tables.CountryTimeline, "country", country, cancellationToken);

    private async IAsyncEnumerable<ExportedEntry> StreamAsync(ReadModelTables tables, string table, string keyColumn, string key,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await readModel.OpenReaderAsync(cancellationToken);
        (long SortKey, long Position) after = (long.MinValue, long.MinValue);
        while (true)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT t.sort_key, t.position, r.entry_json, r.facts_json, CASE WHEN r.facts_json IS NULL THEN r.recorded_json END
                FROM {table} t JOIN {tables.Records} r ON r.first_position = t.position
                WHERE t.{keyColumn} = $key AND (t.sort_key, t.position) > ($sortKey, $position)
                ORDER BY t.sort_key, t.position
                LIMIT {BatchSize}
                """;
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$sortKey", after.SortKey);
            command.Parameters.AddWithValue("$position", after.Position);
            var read = 0;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    read++;
                    after = (reader.GetInt64(0), reader.GetInt64(1));
                    var inEvent = reader.IsDBNull(3);
                    yield return new ExportedEntry(reader.GetFieldValue<byte[]>(2), reader.GetFieldValue<byte[]>(inEvent ? 4 : 3), inEvent);
                }
            }
            if (read < BatchSize)
                yield break;
        }
    }
}
