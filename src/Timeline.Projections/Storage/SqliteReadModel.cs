using System.Text.Json;
using Microsoft.Data.Sqlite;
using Timeline.Domain.Institutions;
using Timeline.Domain.Records;
using Timeline.EventStore.Serialization;
using Timeline.Projections.People;
using Timeline.Projections.Records;
using Timeline.Projections.Registry;
using Timeline.Projections.Search;
using Timeline.Projections.Telemetry;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Storage;

/// <summary>
/// The read models in one SQLite file. A batch of events and the checkpoint it reaches are written in one
/// transaction, so after any crash the file holds exactly the events up to its checkpoint.
/// </summary>
public sealed class SqliteReadModel : IDisposable
{
    private const string CheckpointName = "timelines";
    // Negative cache sizes are in KiB. A bulk load's cache holds the pages one stretch dirties, so they are written once.
    private const int CacheKiB = -65_536;
    private const int BulkCacheKiB = -262_144;
    private const int CheckpointPages = 1_000;
    private const int BulkCheckpointPages = 16_000;

    private readonly string _path;
    private readonly string _connectionString;
    private readonly ReaderConnections _readers;
    private readonly SqliteConnection _writer;
    private readonly Lock _writeLock = new();
    private readonly ReadModelStatements _statements;
    private readonly HistoryWriter _history;
    // long.MinValue while nothing is folded; read and written whole, as queries read it while the fold writes.
    private long _latestRecordedTicks = long.MinValue;
    private readonly RegistryTables _registry;
    // Told of every commit and the timelines it changes, for values the readers hold between commits.
    internal CommitStamps Commits { get; } = new();
    private readonly PeopleAndPlacesTables _peopleAndPlaces;
    private readonly Dictionary<string, string> _canonicalInBatch = new(StringComparer.Ordinal);
    // Whether the bulk load under way folds from position 0 without the write-ahead log (see UnjournalledFold).
    private bool _unjournalled;

    public SqliteReadModel(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
            Directory.CreateDirectory(directory);
        _path = Path.GetFullPath(path);
        UnjournalledFold.DiscardIfCutShort(_path);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        // Kept open by the read model itself, so that closing one really closes it.
        _readers = new ReaderConnections(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _writer = new SqliteConnection(_connectionString);
        _writer.Open();
        Execute($"PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA cache_size={CacheKiB}; PRAGMA wal_autocheckpoint={CheckpointPages};");
        using (var version = Command("PRAGMA user_version", null))
        {
            // A file of another version (or a new one) starts empty at checkpoint 0, so the runner folds the log again.
            if (Convert.ToInt32(version.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != ReadModelSchema.Version)
                Execute(ReadModelSchema.DropTables + $"PRAGMA user_version = {ReadModelSchema.Version};");
        }
        Execute(ReadModelSchema.CreateTables
            // A bulk load cut short leaves its indexes dropped: opening the file builds them again.
            + ReadModelSchema.CreateIndexes
            + ReadModelSchema.DropRetiredIndexes);
        _statements = new ReadModelStatements(_writer);
        _history = new HistoryWriter(_writer);
        using (var latest = Command("SELECT MAX(recorded_at) FROM transaction_times", null))
            _latestRecordedTicks = latest.ExecuteScalar() as long? ?? long.MinValue;
        _registry = new RegistryTables(_writer);
        _peopleAndPlaces = new PeopleAndPlacesTables(_writer);
    }

    /// <summary>
    /// The latest transaction time folded: a moment before it is settled, since anything recorded later lies
    /// after it in the log, so an answer as of that moment can never change.
    /// </summary>
    public DateTimeOffset? LatestRecordedAt =>
        Interlocked.Read(ref _latestRecordedTicks) is var ticks && ticks != long.MinValue ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    public async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>A reader connection kept open with the statements it has prepared; disposing it gives it back.</summary>
    public Task<ReadModelReader> RentReaderAsync(CancellationToken cancellationToken) => _readers.RentAsync(cancellationToken);

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
                Execute(HistorySchema.Empty(table), transaction);
            Commit(transaction, TimelineChanges.All);
            Interlocked.Exchange(ref _latestRecordedTicks, long.MinValue);
        }
    }

    /// <summary>
    /// Readies the writer for a long run of <see cref="Apply"/> (a rebuild, a large catch-up): a larger page cache
    /// holds a whole stretch's pages until its commit, and the write-ahead log is copied into the file less often
    /// (each copy ends with a sync). With <paramref name="dropIndexes"/> the secondary indexes are dropped too, so
    /// rows are written without them and <see cref="EndBulkLoad"/> builds each again in one pass; queries still
    /// answer meanwhile, only slower. That pays when the run writes more than the read models already hold; on a
    /// large read model a short catch-up keeps its indexes, since building them again would cost more than keeping
    /// them and would slow every query for the while. A load from position 0 is written without the write-ahead log
    /// while the writer is the file's only connection (see <see cref="UnjournalledFold"/>): cut short, it starts
    /// again from zero.
    /// </summary>
    public void BeginBulkLoad(bool dropIndexes = true)
    {
        lock (_writeLock)
        {
            using (var checkpoint = Command("SELECT 1 FROM checkpoints WHERE position > 0", null))
                _unjournalled = dropIndexes && checkpoint.ExecuteScalar() is null && BeginUnjournalled();
            Execute((dropIndexes ? ReadModelSchema.DropIndexes : "") +
                $"PRAGMA cache_size={BulkCacheKiB}; PRAGMA wal_autocheckpoint={BulkCheckpointPages};");
        }
    }

    /// <summary>Idle readers are closed first: any connection open on the file keeps it in the write-ahead log.</summary>
    private bool BeginUnjournalled()
    {
        _readers.CloseIdle();
        SqliteConnection.ClearPool(_writer);
        return UnjournalledFold.Begin(_writer, _path);
    }

    /// <summary>
    /// How many records the read models hold (a retracted record keeps its row), counted on the records' narrowest
    /// index once per start: their rowid is a log position, which says nothing of their number.
    /// </summary>
    public long RecordsHeld()
    {
        lock (_writeLock)
        {
            using var command = _writer.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM records";
            return (long)command.ExecuteScalar()!;
        }
    }

    public void EndBulkLoad()
    {
        lock (_writeLock)
        {
            // Back in the write-ahead log before the indexes are built, so readers go on reading while they are: a
            // kill from here on leaves a file that resumes, with its indexes built again on open.
            if (_unjournalled)
                UnjournalledFold.End(_writer, _path);
            _unjournalled = false;
            Execute(ReadModelSchema.CreateIndexes + $"PRAGMA cache_size={CacheKiB}; PRAGMA wal_autocheckpoint={CheckpointPages};");
        }
    }

    /// <summary>
    /// Folds <paramref name="events"/> into the read models and moves the checkpoint to
    /// <paramref name="throughPosition"/>, with the registry's events of the same stretch of the log. Events at or
    /// before the stored checkpoint are skipped.
    /// </summary>
    /// <param name="stages">Where a live fold's time goes, when the caller measures it.</param>
    /// <returns>The timelines whose answers the batch changed, known once it is committed.</returns>
    public TimelineChanges Apply(IReadOnlyList<EventEnvelope> events, long throughPosition, IReadOnlyList<InstitutionEnvelope>? registryEvents = null,
        FoldStages? stages = null)
    {
        lock (_writeLock)
        {
            using var transaction = _writer.BeginTransaction();
            var checkpoint = ReadCheckpoint(transaction);
            if (throughPosition <= checkpoint)
                return TimelineChanges.Nothing;
            _canonicalInBatch.Clear();
            var touched = new Dictionary<string, (RecordView? Stored, RecordView? View)>();
            var changes = new List<RecordChange>(events.Count);
            foreach (var envelope in events.Where(e => e.Position > checkpoint))
            {
                var id = envelope.Event.RecordId;
                if (!touched.TryGetValue(id, out var entry))
                {
                    // A record's first event makes it: there is nothing stored to look up.
                    var stored = envelope.Event is IActivityRecorded ? null : LoadView(id, transaction);
                    entry = (stored, stored);
                }
                var next = RecordView.Evolve(entry.View, envelope);
                touched[id] = (entry.Stored, next);
                if (next is not null && !ReferenceEquals(next, entry.View))
                    changes.Add(new RecordChange(entry.View, next, envelope.Position, envelope.Stored.RecordedAt));
            }
            stages?.Done(FoldStage.Load);
            // Every institution a record names, retracted or not, as the latest event (by position) naming it
            // states it: the same whatever the batch sizes, so a rebuild agrees with the incremental result.
            var institutions = new Dictionary<string, (InstitutionRef Institution, long Position)>();
            var timelines = new TimelineBatch();
            foreach (var (stored, view) in touched.Values)
            {
                if (view is null)
                    continue;
                Write(stored, new RecordRows(view), timelines, transaction);
                foreach (var institution in view.Facts.Institutions)
                {
                    if (!institutions.TryGetValue(institution.Id, out var named) || view.LastPosition >= named.Position)
                        institutions[institution.Id] = (institution, view.LastPosition);
                }
            }
            foreach (var (institution, position) in institutions.Values)
            {
                _statements.UpsertInstitution.Execute(transaction,
                    institution.Id, institution.Name, institution.Acronym, institution.Country?.Value, position);
                // The name a record gives is the institution's summary on its timeline page.
                timelines.Changed.Add(TimelineChanges.InstitutionKey(institution.Id));
            }
            stages?.Done(FoldStage.Records);
            timelines.Save(_statements, transaction);
            stages?.Done(FoldStage.Timelines);
            _peopleAndPlaces.Save(transaction);
            stages?.Done(FoldStage.People);
            // After the batch's timeline rows are in: an alias or merge moves the rows already under the old id.
            var registryChanges = (registryEvents ?? []).Where(e => e.Position > checkpoint).ToList();
            _registry.Apply(registryChanges, transaction);
            stages?.Done(FoldStage.Registry);
            // The running maximum is kept in memory (read from the file on open), so a batch need not query it.
            var latestRecorded = _history.Write(changes,
                Interlocked.Read(ref _latestRecordedTicks) is var ticks && ticks != long.MinValue ? ticks : null, transaction);
            SaveCheckpoint(throughPosition, transaction);
            stages?.Done(FoldStage.History);
            var changed = new TimelineChanges(timelines.Changed, Everything: registryChanges.Count > 0);
            Commit(transaction, changed);
            stages?.Done(FoldStage.Commit);
            Interlocked.Exchange(ref _latestRecordedTicks, latestRecorded ?? long.MinValue);
            return changed;
        }
    }

    /// <summary>Every commit is announced to <see cref="Commits"/> before and after it, with what it changes.</summary>
    private void Commit(SqliteTransaction transaction, TimelineChanges changes)
    {
        Commits.Beginning(changes);
        try
        {
            transaction.Commit();
        }
        finally
        {
            Commits.Ended();
        }
    }

    private long ReadCheckpoint(SqliteTransaction transaction) =>
        _statements.ReadCheckpoint.Bind(transaction, CheckpointName).ExecuteScalar() is long position ? position : 0;

    private void SaveCheckpoint(long position, SqliteTransaction transaction) =>
        _statements.SaveCheckpoint.Execute(transaction, CheckpointName, position);

    private RecordView? LoadView(string recordId, SqliteTransaction transaction)
    {
        using var reader = _statements.LoadRecord.Bind(transaction, recordId).ExecuteReader();
        if (!reader.Read())
            return null;
        var recordedType = EventTypeMap.TypeOf(reader.GetString(0))!;
        var recorded = (IActivityRecorded)JsonSerializer.Deserialize((byte[])reader.GetValue(1), recordedType, EventJson.Options)!;
        var facts = reader.IsDBNull(2) ? recorded.Facts : JsonSerializer.Deserialize<ActivityFacts>((byte[])reader.GetValue(2), EventJson.Options)!;
        var state = new RecordState(recordId, recorded, facts, reader.GetInt32(3), reader.GetBoolean(4),
            reader.IsDBNull(5) ? null : reader.GetString(5));
        return new RecordView(state, reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt32(9));
    }

    private void Write(RecordView? stored, RecordRows rows, TimelineBatch timelines, SqliteTransaction transaction)
    {
        var view = rows.View;
        var date = view.Facts.Date;
        var rowId = _statements.UpsertRecord.ExecuteInt64(transaction,
            view.Id,
            rows.RecordedType,
            rows.RecordedJson,
            rows.FactsJson,
            view.State.Corrections,
            view.State.Retracted,
            view.State.RetractionReason,
            view.FirstPosition,
            view.LastPosition,
            view.Revision,
            view.Kind.ToString(),
            date.Year,
            rows.EntryJson,
            view.Reviews,
            date.SortKey,
            date.EarliestKey,
            date.LatestKey,
            date.Start?.Month);
        if (stored is not null)
        {
            _statements.DeleteSearchText.Execute(transaction, rowId);
            // The rows the record had, found by their keys: no index on the record id to keep up.
            foreach (var (institutionId, removed) in InstitutionRows(TimelineProjection.InstitutionRows(stored), transaction))
            {
                _statements.DeleteInstitutionEntry.Execute(transaction, institutionId, view.Id);
                timelines.Removed(ReadModelSchema.InstitutionTimeline, institutionId, removed);
            }
            foreach (var (country, removed) in TimelineProjection.CountryRows(stored))
            {
                _statements.DeleteCountryEntry.Execute(transaction, country, view.Id);
                timelines.Removed(ReadModelSchema.CountryTimeline, country, removed);
            }
        }
        if (rows.Text is { } text)
            _statements.InsertSearchText.Execute(transaction, rowId, text.Title, text.Source, text.People, text.Places, text.Institutions);
        _peopleAndPlaces.Replace(stored, view, transaction);
        if (rows.Entry is not { } shown)
            return;
        // Inserted with the rest of the batch's rows, once every record of the batch is written.
        foreach (var (institutionId, row) in InstitutionRows(view.Facts.Institutions.Select(institution => (institution.Id, shown)), transaction))
            timelines.Add(ReadModelSchema.InstitutionTimeline, institutionId, row, view.LastPosition);
        foreach (var country in shown.Countries)
            timelines.Add(ReadModelSchema.CountryTimeline, country.Value, shown, view.LastPosition);
    }

    /// <summary>A record's institution rows, each under the id the registry leads it to (an alias's under its institution).</summary>
    private IEnumerable<(string Key, TimelineEntry Entry)> InstitutionRows(IEnumerable<(string InstitutionId, TimelineEntry Entry)> rows,
        SqliteTransaction transaction) =>
        rows.Select(row => (Key: CanonicalOf(row.InstitutionId, transaction), row.Entry)).DistinctBy(row => row.Key);

    /// <summary>
    /// Where the registry leads an id, asked once per id in a batch: the registry's events of the batch are applied
    /// after its records are written, so the answer holds for every record of the batch.
    /// </summary>
    private string CanonicalOf(string institutionId, SqliteTransaction transaction)
    {
        if (!_canonicalInBatch.TryGetValue(institutionId, out var canonical))
            _canonicalInBatch[institutionId] = canonical = _registry.CanonicalOf(institutionId, transaction);
        return canonical;
    }

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

    public void Dispose()
    {
        _readers.Dispose();
        _statements.Dispose();
        _history.Dispose();
        _registry.Dispose();
        _peopleAndPlaces.Dispose();
        _writer.Dispose();
    }
}
