using Microsoft.Data.Sqlite;

namespace Timeline.EventStore.Sqlite;

/// <summary>
/// One append inside a transaction it is given: the expected-revision check, the idempotent replay of the
/// same events, and the inserts. Its commands are prepared once and reused for every append.
/// </summary>
internal sealed class SqliteAppender : IDisposable
{
    private const int SqliteConstraint = 19;

    private readonly TimeProvider _clock;
    private readonly SqliteCommand _head;
    private readonly SqliteCommand _findEvent;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _lastPosition;
    private readonly SqliteParameter _insertId, _insertStream, _insertRevision, _insertType, _insertData, _insertAt,
        _insertBy, _insertCorrelation, _insertCausation, _insertBatch, _insertTrace;

    public SqliteAppender(SqliteConnection connection, TimeProvider clock)
    {
        _clock = clock;
        _head = connection.CreateCommand();
        _head.CommandText = "SELECT revision, position FROM events WHERE stream = $stream ORDER BY revision DESC LIMIT 1";
        _head.Parameters.Add("$stream", SqliteType.Text);
        _findEvent = connection.CreateCommand();
        _findEvent.CommandText = "SELECT stream, revision, position FROM events WHERE event_id = $id";
        _findEvent.Parameters.Add("$id", SqliteType.Text);
        _insert = connection.CreateCommand();
        _insert.CommandText = """
            INSERT INTO events (event_id, stream, revision, type, data, recorded_at, recorded_by, correlation_id, causation_id, import_batch, trace_parent)
            VALUES ($id, $stream, $revision, $type, $data, $at, $by, $correlation, $causation, $batch, $trace)
            """;
        _lastPosition = connection.CreateCommand();
        _lastPosition.CommandText = "SELECT last_insert_rowid()";
        _insertId = _insert.Parameters.Add("$id", SqliteType.Text);
        _insertStream = _insert.Parameters.Add("$stream", SqliteType.Text);
        _insertRevision = _insert.Parameters.Add("$revision", SqliteType.Integer);
        _insertType = _insert.Parameters.Add("$type", SqliteType.Text);
        _insertData = _insert.Parameters.Add("$data", SqliteType.Blob);
        _insertAt = _insert.Parameters.Add("$at", SqliteType.Integer);
        _insertBy = _insert.Parameters.Add("$by", SqliteType.Text);
        _insertCorrelation = _insert.Parameters.Add("$correlation", SqliteType.Text);
        _insertCausation = _insert.Parameters.Add("$causation", SqliteType.Text);
        _insertBatch = _insert.Parameters.Add("$batch", SqliteType.Text);
        _insertTrace = _insert.Parameters.Add("$trace", SqliteType.Text);
    }

    public AppendResult Append(string stream, ExpectedRevision expected, IReadOnlyList<EventData> events, SqliteTransaction transaction)
    {
        _head.Transaction = _findEvent.Transaction = _insert.Transaction = _lastPosition.Transaction = transaction;
        var (current, lastPosition) = StreamHead(stream);
        if (events.Count > 0 && FindEarlierAppend(stream, expected, events) is { } earlier)
            return earlier;
        if (!expected.IsSatisfiedBy(current))
            throw new WrongExpectedVersionException(stream, expected, current);

        var next = current;
        _insertStream.Value = stream;
        _insertAt.Value = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var e in events)
        {
            _insertId.Value = e.EventId.ToString();
            _insertRevision.Value = ++next;
            _insertType.Value = e.Type;
            _insertData.Value = e.Data.ToArray();
            _insertBy.Value = e.Metadata.RecordedBy;
            _insertCorrelation.Value = e.Metadata.CorrelationId.ToString();
            _insertCausation.Value = e.Metadata.CausationId.ToString();
            _insertBatch.Value = (object?)e.Metadata.ImportBatch ?? DBNull.Value;
            _insertTrace.Value = (object?)e.Metadata.TraceParent ?? DBNull.Value;
            try
            {
                _insert.ExecuteNonQuery();
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint && ex.Message.Contains("event_id", StringComparison.Ordinal))
            {
                throw new DuplicateEventIdException(e.EventId, FindEvent(e.EventId)?.Stream ?? stream);
            }
        }
        // Positions come from the rowid; the writer is alone, so the last insert holds the batch's last position.
        return new AppendResult(next, events.Count == 0 ? lastPosition : (long)_lastPosition.ExecuteScalar()!);
    }

    private (long Revision, long Position) StreamHead(string stream)
    {
        _head.Parameters[0].Value = stream;
        using var reader = _head.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetInt64(1)) : (-1, 0);
    }

    /// <summary>
    /// The same events appended again with the same expectation are acknowledged with the first result, as
    /// EventStoreDB does; an id already used anywhere else is refused.
    /// </summary>
    private AppendResult? FindEarlierAppend(string stream, ExpectedRevision expected, IReadOnlyList<EventData> events)
    {
        if (FindEvent(events[0].EventId) is not { } first)
            return null;
        if (first.Stream != stream)
            throw new DuplicateEventIdException(events[0].EventId, first.Stream);
        var sameExpectation = expected == ExpectedRevision.Any || expected.IsSatisfiedBy(first.Revision - 1);
        var last = FindEvent(events[^1].EventId);
        if (!sameExpectation || last is null || last.Value.Stream != stream || last.Value.Revision != first.Revision + events.Count - 1)
            throw new WrongExpectedVersionException(stream, expected, StreamHead(stream).Revision);
        return new AppendResult(last.Value.Revision, last.Value.Position);
    }

    private (string Stream, long Revision, long Position)? FindEvent(Guid eventId)
    {
        _findEvent.Parameters[0].Value = eventId.ToString();
        using var reader = _findEvent.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)) : null;
    }

    public void Dispose()
    {
        _head.Dispose();
        _findEvent.Dispose();
        _insert.Dispose();
        _lastPosition.Dispose();
    }
}
