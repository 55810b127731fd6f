using System.Text.Json;
using Microsoft.Data.Sqlite;
using Timeline.Domain.Records;
using Timeline.EventStore.Serialization;
using Timeline.Projections.ActivityByYear;
using Timeline.Projections.Records;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Storage;

/// <summary>
/// The read models in one SQLite file. A batch of events and the checkpoint it reaches are written in one
/// transaction, so after any crash the file holds exactly the events up to its checkpoint.
/// </summary>
public sealed class SqliteReadModel : IDisposable
{
    private const string CheckpointName = "timelines";

    private readonly string _connectionString;
    private readonly SqliteConnection _writer;
    private readonly Lock _writeLock = new();

    public SqliteReadModel(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
            Directory.CreateDirectory(directory);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        _writer = new SqliteConnection(_connectionString);
        _writer.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;" + ReadModelSchema.Create);
    }

    public async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public long ReadCheckpoint()
    {
        lock (_writeLock)
        {
            using var command = _writer.CreateCommand();
            command.CommandText = "SELECT position FROM checkpoints WHERE name = $name";
            command.Parameters.AddWithValue("$name", CheckpointName);
            return command.ExecuteScalar() is long position ? position : 0;
        }
    }

    /// <summary>Empties every read model and the checkpoint, so the next run folds the log from position 0.</summary>
    public void Reset()
    {
        lock (_writeLock)
        {
            using var transaction = _writer.BeginTransaction();
            foreach (var table in ReadModelSchema.Tables)
                Execute($"DELETE FROM {table}", transaction);
            transaction.Commit();
        }
    }

    /// <summary>
    /// Folds <paramref name="events"/> into the read models and moves the checkpoint to
    /// <paramref name="throughPosition"/>. Events at or before the stored checkpoint are skipped.
    /// </summary>
    public void Apply(IReadOnlyList<EventEnvelope> events, long throughPosition)
    {
        lock (_writeLock)
        {
            using var transaction = _writer.BeginTransaction();
            var checkpoint = ReadCheckpoint(transaction);
            if (throughPosition <= checkpoint)
                return;
            var touched = new Dictionary<string, RecordView?>();
            foreach (var envelope in events.Where(e => e.Position > checkpoint))
            {
                var id = envelope.Event.RecordId;
                if (!touched.TryGetValue(id, out var view))
                    view = LoadView(id, transaction);
                touched[id] = RecordView.Evolve(view, envelope);
            }
            foreach (var view in touched.Values.OfType<RecordView>())
                Write(view, transaction);
            SaveCheckpoint(throughPosition, transaction);
            transaction.Commit();
        }
    }

    private long ReadCheckpoint(SqliteTransaction transaction)
    {
        using var command = Command("SELECT position FROM checkpoints WHERE name = $name", transaction);
        command.Parameters.AddWithValue("$name", CheckpointName);
        return command.ExecuteScalar() is long position ? position : 0;
    }

    private void SaveCheckpoint(long position, SqliteTransaction transaction)
    {
        using var command = Command(
            "INSERT INTO checkpoints (name, position) VALUES ($name, $position) ON CONFLICT (name) DO UPDATE SET position = excluded.position",
            transaction);
        command.Parameters.AddWithValue("$name", CheckpointName);
        command.Parameters.AddWithValue("$position", position);
        command.ExecuteNonQuery();
    }

    private RecordView? LoadView(string recordId, SqliteTransaction transaction)
    {
        using var command = Command(
            "SELECT recorded_type, recorded_json, facts_json, corrections, retracted, retraction_reason, first_position, last_position, revision FROM records WHERE record_id = $id",
            transaction);
        command.Parameters.AddWithValue("$id", recordId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
            return null;
        var recordedType = EventTypeMap.TypeOf(reader.GetString(0))!;
        var recorded = (IActivityRecorded)JsonSerializer.Deserialize((byte[])reader.GetValue(1), recordedType, EventJson.Options)!;
        var facts = JsonSerializer.Deserialize<ActivityFacts>((byte[])reader.GetValue(2), EventJson.Options)!;
        var state = new RecordState(recordId, recorded, facts, reader.GetInt32(3), reader.GetBoolean(4),
            reader.IsDBNull(5) ? null : reader.GetString(5));
        return new RecordView(state, reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8));
    }

    private void Write(RecordView view, SqliteTransaction transaction)
    {
        using (var upsert = Command("""
            INSERT INTO records (record_id, recorded_type, recorded_json, facts_json, corrections, retracted, retraction_reason, first_position, last_position, revision)
            VALUES ($id, $type, $recorded, $facts, $corrections, $retracted, $reason, $first, $last, $revision)
            ON CONFLICT (record_id) DO UPDATE SET facts_json = excluded.facts_json, corrections = excluded.corrections,
                retracted = excluded.retracted, retraction_reason = excluded.retraction_reason,
                last_position = excluded.last_position, revision = excluded.revision
            """, transaction))
        {
            var recorded = view.State.Recorded!;
            upsert.Parameters.AddWithValue("$id", view.Id);
            upsert.Parameters.AddWithValue("$type", EventTypeMap.NameOf(recorded.GetType()));
            upsert.Parameters.AddWithValue("$recorded", JsonSerializer.SerializeToUtf8Bytes(recorded, recorded.GetType(), EventJson.Options));
            upsert.Parameters.AddWithValue("$facts", JsonSerializer.SerializeToUtf8Bytes(view.Facts, EventJson.Options));
            upsert.Parameters.AddWithValue("$corrections", view.State.Corrections);
            upsert.Parameters.AddWithValue("$retracted", view.State.Retracted);
            upsert.Parameters.AddWithValue("$reason", (object?)view.State.RetractionReason ?? DBNull.Value);
            upsert.Parameters.AddWithValue("$first", view.FirstPosition);
            upsert.Parameters.AddWithValue("$last", view.LastPosition);
            upsert.Parameters.AddWithValue("$revision", view.Revision);
            upsert.ExecuteNonQuery();
        }
        foreach (var table in new[] { "institution_timeline", "country_timeline", "activity_cells" })
        {
            using var delete = Command($"DELETE FROM {table} WHERE record_id = $id", transaction);
            delete.Parameters.AddWithValue("$id", view.Id);
            delete.ExecuteNonQuery();
        }
        WriteTimeline("institution_timeline", "institution_id", TimelineProjection.InstitutionRows(view), transaction);
        WriteTimeline("country_timeline", "country", TimelineProjection.CountryRows(view), transaction);
        WriteCells(ActivityCell.Of(view), transaction);
        WriteInstitutions(view, transaction);
    }

    private void WriteTimeline(string table, string keyColumn, IEnumerable<(string Key, TimelineEntry Entry)> rows,
        SqliteTransaction transaction)
    {
        using var insert = Command($"""
            INSERT INTO {table} ({keyColumn}, record_id, sort_key, position, earliest, latest, kind, entry_json)
            VALUES ($key, $id, $sort, $position, $earliest, $latest, $kind, $entry)
            """, transaction);
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        var parameters = insert.Parameters;
        byte[]? json = null;
        foreach (var (rowKey, entry) in rows)
        {
            if (json is null)
            {
                json = JsonSerializer.SerializeToUtf8Bytes(entry, EventJson.Options);
                parameters.AddWithValue("$id", entry.RecordId);
                parameters.AddWithValue("$sort", entry.Date.SortKey);
                parameters.AddWithValue("$position", entry.Position);
                parameters.AddWithValue("$earliest", (object?)DayNumber(entry.Date.Earliest) ?? DBNull.Value);
                parameters.AddWithValue("$latest", (object?)DayNumber(entry.Date.Latest) ?? DBNull.Value);
                parameters.AddWithValue("$kind", entry.Kind);
                parameters.AddWithValue("$entry", json);
            }
            key.Value = rowKey;
            insert.ExecuteNonQuery();
        }
    }

    private void WriteCells(IEnumerable<ActivityCell> cells, SqliteTransaction transaction)
    {
        using var insert = Command(
            "INSERT INTO activity_cells (record_id, year, kind, country, institution_id) VALUES ($id, $year, $kind, $country, $institution)",
            transaction);
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var year = insert.Parameters.Add("$year", SqliteType.Integer);
        var kind = insert.Parameters.Add("$kind", SqliteType.Text);
        var country = insert.Parameters.Add("$country", SqliteType.Text);
        var institution = insert.Parameters.Add("$institution", SqliteType.Text);
        foreach (var cell in cells)
        {
            id.Value = cell.RecordId;
            year.Value = (object?)cell.Year ?? DBNull.Value;
            kind.Value = cell.Kind;
            country.Value = (object?)cell.Country ?? DBNull.Value;
            institution.Value = cell.InstitutionId;
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Every institution any record names, retracted or not, as stated by the most recent event (by log
    /// position) of a record naming it: the same whatever the batch sizes, so a rebuild agrees with the
    /// incremental result.
    /// </summary>
    private void WriteInstitutions(RecordView view, SqliteTransaction transaction)
    {
        using var upsert = Command("""
            INSERT INTO institutions (institution_id, name, acronym, country, position) VALUES ($id, $name, $acronym, $country, $position)
            ON CONFLICT (institution_id) DO UPDATE SET name = excluded.name, acronym = excluded.acronym,
                country = excluded.country, position = excluded.position
            WHERE excluded.position >= institutions.position
            """, transaction);
        var id = upsert.Parameters.Add("$id", SqliteType.Text);
        var name = upsert.Parameters.Add("$name", SqliteType.Text);
        var acronym = upsert.Parameters.Add("$acronym", SqliteType.Text);
        var country = upsert.Parameters.Add("$country", SqliteType.Text);
        upsert.Parameters.AddWithValue("$position", view.LastPosition);
        foreach (var institution in view.Facts.Institutions)
        {
            id.Value = institution.Id;
            name.Value = institution.Name;
            acronym.Value = (object?)institution.Acronym ?? DBNull.Value;
            country.Value = (object?)institution.Country?.Value ?? DBNull.Value;
            upsert.ExecuteNonQuery();
        }
    }

    internal static int? DayNumber(DateOnly? day) => day is { } d ? d.Year * 10_000 + d.Month * 100 + d.Day : null;

    private SqliteCommand Command(string sql, SqliteTransaction? transaction)
    {
        var command = _writer.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using var command = Command(sql, transaction);
        command.ExecuteNonQuery();
    }

    public void Dispose() => _writer.Dispose();
}
