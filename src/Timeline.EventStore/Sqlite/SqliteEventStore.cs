using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Timeline.EventStore.Sqlite;

/// <summary>
/// The embedded event store: one SQLite file in WAL mode. Appends go through one writer connection, one
/// transaction each; reads use pooled connections of their own.
/// </summary>
public sealed class SqliteEventStore : IEventStore, IDisposable
{
    private const int PageSize = 512;
    private const string Columns =
        "event_id, type, stream, revision, position, recorded_at, data, recorded_by, correlation_id, causation_id, import_batch";

    private readonly string _connectionString;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _pollInterval;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly SqliteConnection _writer;
    private readonly AppendSignal _appended = new();

    public SqliteEventStore(string path, TimeProvider? clock = null, TimeSpan? pollInterval = null)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
            Directory.CreateDirectory(directory);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        _clock = clock ?? TimeProvider.System;
        // Another process may append to the same file; a live subscription looks for its appends this often.
        _pollInterval = pollInterval ?? TimeSpan.FromSeconds(1);
        _writer = new SqliteConnection(_connectionString);
        _writer.Open();
        SqliteSchema.Configure(_writer, create: true);
    }

    public async Task<AppendResult> AppendAsync(string stream, ExpectedRevision expected, IReadOnlyList<EventData> events,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(stream);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var result = Append(stream, expected, events);
            _appended.Raise();
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private AppendResult Append(string stream, ExpectedRevision expected, IReadOnlyList<EventData> events)
    {
        using var transaction = _writer.BeginTransaction(deferred: false);
        var (current, lastPosition) = StreamHead(stream, transaction);
        if (events.Count > 0 && FindDuplicate(stream, expected, events, transaction) is { } earlier)
            return earlier;
        if (!expected.IsSatisfiedBy(current))
            throw new WrongExpectedVersionException(stream, expected, current);
        if (events.Count == 0)
            return new AppendResult(current, lastPosition);

        using var insert = _writer.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO events (event_id, stream, revision, type, data, recorded_at, recorded_by, correlation_id, causation_id, import_batch)
            VALUES ($id, $stream, $revision, $type, $data, $at, $by, $correlation, $causation, $batch)
            RETURNING position
            """;
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        insert.Parameters.AddWithValue("$stream", stream);
        var revision = insert.Parameters.Add("$revision", SqliteType.Integer);
        var type = insert.Parameters.Add("$type", SqliteType.Text);
        var data = insert.Parameters.Add("$data", SqliteType.Blob);
        insert.Parameters.AddWithValue("$at", _clock.GetUtcNow().ToUnixTimeMilliseconds());
        var by = insert.Parameters.Add("$by", SqliteType.Text);
        var correlation = insert.Parameters.Add("$correlation", SqliteType.Text);
        var causation = insert.Parameters.Add("$causation", SqliteType.Text);
        var batch = insert.Parameters.Add("$batch", SqliteType.Text);
        insert.Prepare();

        var next = current;
        foreach (var e in events)
        {
            id.Value = e.EventId.ToString();
            revision.Value = ++next;
            type.Value = e.Type;
            data.Value = e.Data.ToArray();
            by.Value = e.Metadata.RecordedBy;
            correlation.Value = e.Metadata.CorrelationId.ToString();
            causation.Value = e.Metadata.CausationId.ToString();
            batch.Value = (object?)e.Metadata.ImportBatch ?? DBNull.Value;
            try
            {
                lastPosition = (long)insert.ExecuteScalar()!;
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == 19 && ex.Message.Contains("event_id", StringComparison.Ordinal))
            {
                throw new DuplicateEventIdException(e.EventId, StreamOfEvent(e.EventId, transaction) ?? stream);
            }
        }
        transaction.Commit();
        return new AppendResult(next, lastPosition);
    }

    private (long Revision, long Position) StreamHead(string stream, SqliteTransaction transaction)
    {
        using var command = _writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT revision, position FROM events WHERE stream = $stream ORDER BY revision DESC LIMIT 1";
        command.Parameters.AddWithValue("$stream", stream);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetInt64(1)) : (-1, 0);
    }

    /// <summary>
    /// The same events appended again with the same expectation are acknowledged with the first result, as
    /// EventStoreDB does; an id used anywhere else is refused.
    /// </summary>
    private AppendResult? FindDuplicate(string stream, ExpectedRevision expected, IReadOnlyList<EventData> events,
        SqliteTransaction transaction)
    {
        using var command = _writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT stream, revision, position FROM events WHERE event_id = $id";
        var id = command.Parameters.Add("$id", SqliteType.Text);
        id.Value = events[0].EventId.ToString();
        string? firstStream;
        long firstRevision;
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read())
                return null;
            firstStream = reader.GetString(0);
            firstRevision = reader.GetInt64(1);
        }
        var sameExpectation = expected.IsSatisfiedBy(firstRevision - 1) || expected == ExpectedRevision.Any;
        if (firstStream != stream || !sameExpectation)
            throw firstStream == stream
                ? new WrongExpectedVersionException(stream, expected, StreamHead(stream, transaction).Revision)
                : new DuplicateEventIdException(events[0].EventId, firstStream);

        id.Value = events[^1].EventId.ToString();
        using var last = command.ExecuteReader();
        if (!last.Read() || last.GetString(0) != stream || last.GetInt64(1) != firstRevision + events.Count - 1)
            throw new WrongExpectedVersionException(stream, expected, StreamHead(stream, transaction).Revision);
        return new AppendResult(last.GetInt64(1), last.GetInt64(2));
    }

    private string? StreamOfEvent(Guid eventId, SqliteTransaction transaction)
    {
        using var command = _writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT stream FROM events WHERE event_id = $id";
        command.Parameters.AddWithValue("$id", eventId.ToString());
        return command.ExecuteScalar() as string;
    }

    public async IAsyncEnumerable<StoredEvent> ReadStreamAsync(string stream, ReadDirection direction = ReadDirection.Forwards,
        long? fromRevision = null, int maxCount = int.MaxValue, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var forwards = direction == ReadDirection.Forwards;
        var from = fromRevision ?? (forwards ? 0 : long.MaxValue);
        var sql = forwards
            ? $"SELECT {Columns} FROM events WHERE stream = $stream AND revision >= $from ORDER BY revision LIMIT $limit"
            : $"SELECT {Columns} FROM events WHERE stream = $stream AND revision <= $from ORDER BY revision DESC LIMIT $limit";
        await foreach (var e in Query(sql, c =>
        {
            c.Parameters.AddWithValue("$stream", stream);
            c.Parameters.AddWithValue("$from", from);
            c.Parameters.AddWithValue("$limit", maxCount);
        }, cancellationToken))
        {
            yield return e;
        }
    }

    public IAsyncEnumerable<StoredEvent> ReadAllAsync(long afterPosition = 0, int maxCount = int.MaxValue,
        CancellationToken cancellationToken = default) =>
        Query($"SELECT {Columns} FROM events WHERE position > $after ORDER BY position LIMIT $limit", c =>
        {
            c.Parameters.AddWithValue("$after", afterPosition);
            c.Parameters.AddWithValue("$limit", maxCount);
        }, cancellationToken);

    public async IAsyncEnumerable<StoredEvent> SubscribeToAllAsync(long afterPosition,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var checkpoint = afterPosition;
        while (!cancellationToken.IsCancellationRequested)
        {
            var appended = _appended.Next;
            var read = 0;
            await foreach (var e in ReadAllAsync(checkpoint, PageSize, cancellationToken))
            {
                read++;
                checkpoint = e.Position;
                yield return e;
            }
            if (read < PageSize)
                await Task.WhenAny(appended, Task.Delay(_pollInterval, cancellationToken)).WaitAsync(cancellationToken);
        }
        cancellationToken.ThrowIfCancellationRequested();
    }

    public async Task<long> ReadHeadPositionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(position), 0) FROM events";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async IAsyncEnumerable<StoredEvent> Query(string sql, Action<SqliteCommand> bind,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return ReadEvent(reader);
    }

    private static StoredEvent ReadEvent(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(0)),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetInt64(3),
        reader.GetInt64(4),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)),
        (byte[])reader.GetValue(6),
        new EventMetadata(
            reader.GetString(7),
            Guid.Parse(reader.GetString(8)),
            Guid.Parse(reader.GetString(9)),
            reader.IsDBNull(10) ? null : reader.GetString(10)));

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public void Dispose()
    {
        _writer.Dispose();
        _writeLock.Dispose();
    }
}
