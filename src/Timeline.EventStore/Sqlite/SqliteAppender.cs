using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Timeline.EventStore.Sqlite;

/// <summary>
/// One append inside a transaction it is given: the expected-revision check, the idempotent replay of the
/// same events, and the inserts. Its commands are prepared once and reused for every append.
/// </summary>
internal sealed class SqliteAppender : IDisposable
{
    private const int SqliteConstraint = 19;
    private const string Savepoint = "append";

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;
    private readonly EventTypeKeys _types;
    private readonly SqliteCommand _head, _findEvent, _positionOf, _addStream, _moveStream, _insert;
    private readonly SqliteParameter _insertId, _insertStream, _insertRevision, _insertType, _insertAt, _insertData, _insertMetadata;

    public SqliteAppender(SqliteConnection connection, TimeProvider clock)
    {
        _connection = connection;
        _clock = clock;
        _types = new EventTypeKeys(connection);
        _head = Command("SELECT stream_key, revision FROM streams WHERE name = $name", ("$name", SqliteType.Text));
        _findEvent = Command("SELECT s.name, e.revision, e.position FROM events e JOIN streams s ON s.stream_key = e.stream_key WHERE e.event_id = $id",
            ("$id", SqliteType.Blob));
        _positionOf = Command("SELECT position FROM events WHERE stream_key = $key AND revision = $revision",
            ("$key", SqliteType.Integer), ("$revision", SqliteType.Integer));
        _addStream = Command("INSERT INTO streams (name, revision) VALUES ($name, $revision) RETURNING stream_key",
            ("$name", SqliteType.Text), ("$revision", SqliteType.Integer));
        _moveStream = Command("UPDATE streams SET revision = $revision WHERE stream_key = $key",
            ("$revision", SqliteType.Integer), ("$key", SqliteType.Integer));
        _insert = Command("""
            INSERT INTO events (event_id, stream_key, revision, type_key, recorded_at, data, metadata)
            VALUES ($id, $stream, $revision, $type, $at, $data, $metadata)
            """, ("$id", SqliteType.Blob), ("$stream", SqliteType.Integer), ("$revision", SqliteType.Integer), ("$type", SqliteType.Integer),
            ("$at", SqliteType.Integer), ("$data", SqliteType.Blob), ("$metadata", SqliteType.Blob));
        (_insertId, _insertStream, _insertRevision, _insertType, _insertAt, _insertData, _insertMetadata) = (_insert.Parameters[0],
            _insert.Parameters[1], _insert.Parameters[2], _insert.Parameters[3], _insert.Parameters[4], _insert.Parameters[5], _insert.Parameters[6]);
    }

    public AppendResult Append(string stream, ExpectedRevision expected, IReadOnlyList<EventData> events, SqliteTransaction transaction)
    {
        _head.Transaction = _findEvent.Transaction = _positionOf.Transaction = _addStream.Transaction = _moveStream.Transaction
            = _insert.Transaction = transaction;
        var (key, current) = StreamHead(stream);
        if (events.Count > 0 && FindEarlierAppend(stream, expected, events) is { } earlier)
            return earlier;
        if (!expected.IsSatisfiedBy(current))
            throw new WrongExpectedVersionException(stream, expected, current);
        if (events.Count == 0)
            return new AppendResult(current, key is null ? 0 : PositionOf(key.Value, current));

        // Type rows go in before the savepoint: the key memory must not hold a row that a refusal rolls back.
        var typeKeys = new long[events.Count];
        for (var i = 0; i < events.Count; i++)
            typeKeys[i] = _types.KeyOf(events[i].Type, transaction);
        // A single event's id was looked up above, so its insert cannot be refused and needs no savepoint to undo.
        var guarded = events.Count > 1;
        if (guarded)
            transaction.Save(Savepoint);
        try
        {
            var next = current + events.Count;
            var streamKey = MoveStream(key, stream, next);
            Insert(stream, streamKey, current, events, typeKeys);
            if (guarded)
                transaction.Release(Savepoint);
            // Positions come from the rowid; the writer is alone, so the last insert holds the batch's last position.
            return new AppendResult(next, raw.sqlite3_last_insert_rowid(_connection.Handle));
        }
        catch (DuplicateEventIdException) when (guarded)
        {
            transaction.Rollback(Savepoint);
            transaction.Release(Savepoint);
            throw;
        }
        catch (DuplicateEventIdException missed) when (!guarded)
        {
            // The stream's row has moved already: failing the whole transaction is the only way to write nothing.
            throw new InvalidOperationException("An event id that the lookup did not find was refused by the index.", missed);
        }
    }

    public void Committed() => _types.Committed();

    public void RolledBack() => _types.ForgetUncommitted();

    private long MoveStream(long? key, string stream, long revision)
    {
        if (key is null)
        {
            _addStream.Parameters[0].Value = stream;
            _addStream.Parameters[1].Value = revision;
            return (long)_addStream.ExecuteScalar()!;
        }
        _moveStream.Parameters[0].Value = revision;
        _moveStream.Parameters[1].Value = key.Value;
        _moveStream.ExecuteNonQuery();
        return key.Value;
    }

    private void Insert(string stream, long streamKey, long current, IReadOnlyList<EventData> events, long[] typeKeys)
    {
        _insertStream.Value = streamKey;
        _insertAt.Value = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            _insertId.Value = EventRowCodec.IdToBytes(e.EventId);
            _insertRevision.Value = current + 1 + i;
            _insertType.Value = typeKeys[i];
            _insertData.Value = EventRowCodec.WholeArray(e.Data);
            _insertMetadata.Value = EventRowCodec.EncodeMetadata(e.Metadata);
            try
            {
                _insert.ExecuteNonQuery();
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint && ex.Message.Contains("event_id", StringComparison.Ordinal))
            {
                throw new DuplicateEventIdException(e.EventId, FindEvent(e.EventId)?.Stream ?? stream);
            }
        }
    }

    private (long? Key, long Revision) StreamHead(string stream)
    {
        _head.Parameters[0].Value = stream;
        using var reader = _head.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetInt64(1)) : (null, -1);
    }

    private long PositionOf(long key, long revision)
    {
        _positionOf.Parameters[0].Value = key;
        _positionOf.Parameters[1].Value = revision;
        return (long)_positionOf.ExecuteScalar()!;
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
        var last = events.Count == 1 ? first : FindEvent(events[^1].EventId);
        if (!sameExpectation || last is null || last.Value.Stream != stream || last.Value.Revision != first.Revision + events.Count - 1)
            throw new WrongExpectedVersionException(stream, expected, StreamHead(stream).Revision);
        return new AppendResult(last.Value.Revision, last.Value.Position);
    }

    private (string Stream, long Revision, long Position)? FindEvent(Guid eventId)
    {
        _findEvent.Parameters[0].Value = EventRowCodec.IdToBytes(eventId);
        using var reader = _findEvent.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)) : null;
    }

    private SqliteCommand Command(string sql, params (string Name, SqliteType Type)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, type) in parameters)
            command.Parameters.Add(name, type);
        return command;
    }

    public void Dispose()
    {
        _types.Dispose();
        foreach (var command in new[] { _head, _findEvent, _positionOf, _addStream, _moveStream, _insert })
            command.Dispose();
    }
}
