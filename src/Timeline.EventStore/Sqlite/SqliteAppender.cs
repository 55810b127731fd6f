using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Timeline.EventStore.Sqlite;

/// <summary>
/// One append inside a transaction it is given: the expected-revision check, the idempotent replay of the
/// same events, and the inserts. Its commands are prepared once and reused for every append.
/// </summary>
/// <remarks>
/// Event ids are checked against the stream they are appended to, as EventStoreDB does, not against a global index:
/// a unique index over random 16-byte ids made every commit write about one random page of that index per event
/// (four times the pages of the rows themselves at 300,000 events), and the same id in another stream is not a retry.
/// </remarks>
internal sealed class SqliteAppender : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;
    private readonly EventTypeKeys _types;
    private readonly SqliteCommand _head, _idsFrom, _revisionOf, _positionOf, _addStream, _moveStream, _insert;
    private readonly SqliteParameter _insertId, _insertStream, _insertRevision, _insertType, _insertAt, _insertData, _insertMetadata;

    public SqliteAppender(SqliteConnection connection, TimeProvider clock)
    {
        _connection = connection;
        _clock = clock;
        _types = new EventTypeKeys(connection);
        _head = Command("SELECT stream_key, revision FROM streams WHERE name = $name", ("$name", SqliteType.Text));
        _idsFrom = Command("SELECT event_id, position FROM events WHERE stream_key = $key AND revision >= $from ORDER BY revision LIMIT +$count",
            ("$key", SqliteType.Integer), ("$from", SqliteType.Integer), ("$count", SqliteType.Integer));
        _revisionOf = Command("SELECT revision FROM events WHERE stream_key = $key AND event_id = $id ORDER BY revision LIMIT 1",
            ("$key", SqliteType.Integer), ("$id", SqliteType.Blob));
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

    /// <summary>
    /// Appends inside <paramref name="transaction"/>; each event written is added to <paramref name="stored"/> as a read
    /// would return it, for live subscribers once the transaction commits.
    /// </summary>
    public AppendResult Append(string stream, ExpectedRevision expected, IReadOnlyList<EventData> events, SqliteTransaction transaction,
        List<StoredEvent> stored)
    {
        _head.Transaction = _idsFrom.Transaction = _revisionOf.Transaction = _positionOf.Transaction = _addStream.Transaction
            = _moveStream.Transaction = _insert.Transaction = transaction;
        var (key, current) = StreamHead(stream);
        if (events.Count > 0 && key is { } existing && FindEarlierAppend(stream, existing, current, expected, events) is { } earlier)
            return earlier;
        if (!expected.IsSatisfiedBy(current))
            throw new WrongExpectedVersionException(stream, expected, current);
        if (events.Count == 0)
            return new AppendResult(current, key is null ? 0 : PositionOf(key.Value, current));
        RefuseRepeatedIds(stream, events);

        // Nothing below refuses an event (the head was read under the write lock and ids are checked above), so a
        // failure here is the file's, and the whole transaction is rolled back with it.
        var typeKeys = new long[events.Count];
        for (var i = 0; i < events.Count; i++)
            typeKeys[i] = _types.KeyOf(events[i].Type, transaction);
        var next = current + events.Count;
        var streamKey = MoveStream(key, stream, next);
        Insert(stream, streamKey, current, events, typeKeys, stored);
        // Positions come from the rowid; the writer is alone, so the last insert holds the batch's last position.
        return new AppendResult(next, raw.sqlite3_last_insert_rowid(_connection.Handle));
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

    private void Insert(string stream, long streamKey, long current, IReadOnlyList<EventData> events, long[] typeKeys, List<StoredEvent> stored)
    {
        var at = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        var recordedAt = DateTimeOffset.FromUnixTimeMilliseconds(at);
        // A name SQLite would store other than as given (text that is not valid UTF-16) is not handed over: reads return it.
        var handOver = StoredText.RoundTrips(stream);
        _insertStream.Value = streamKey;
        _insertAt.Value = at;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            // A copy of our own: the caller may reuse its array once the append returns, and the row holds these bytes.
            var data = e.Data.ToArray();
            var metadata = EventRowCodec.EncodeMetadata(e.Metadata);
            _insertId.Value = EventRowCodec.IdToBytes(e.EventId);
            _insertRevision.Value = current + 1 + i;
            _insertType.Value = typeKeys[i];
            _insertData.Value = data;
            _insertMetadata.Value = metadata;
            _insert.ExecuteNonQuery();
            if (handOver && StoredText.RoundTrips(e.Type))
            {
                stored.Add(new StoredEvent(e.EventId, e.Type, stream, current + 1 + i, raw.sqlite3_last_insert_rowid(_connection.Handle),
                    // The caller's metadata is what a read decodes, unless one of its texts cannot be kept as UTF-8.
                    recordedAt, data, StoredText.RoundTrips(e.Metadata) ? e.Metadata : EventRowCodec.DecodeMetadata(metadata)));
            }
            else
                handOver = false;
        }
    }

    private static void RefuseRepeatedIds(string stream, IReadOnlyList<EventData> events)
    {
        if (events.Count == 1)
            return;
        var seen = new HashSet<Guid>(events.Count);
        foreach (var e in events)
        {
            if (!seen.Add(e.EventId))
                throw new DuplicateEventIdException(e.EventId, stream);
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
    /// EventStoreDB does: with an exact revision (or no stream) they must be the stream's events just after it, and
    /// with any other expectation the stream's events from the first one's id on. Anything else is left to the
    /// expected-revision check, and events that start like an earlier append but differ from it are refused. Only a
    /// stream that has moved past the expectation, or holds the first event's id, is read.
    /// </summary>
    private AppendResult? FindEarlierAppend(string stream, long key, long current, ExpectedRevision expected, IReadOnlyList<EventData> events)
    {
        long from;
        if (expected.IsExact || expected == ExpectedRevision.NoStream)
        {
            if (current <= expected.Value)
                return null;
            from = expected.Value + 1;
        }
        else if (RevisionOf(key, events[0].EventId) is { } found)
            from = found;
        else
            return null;

        _idsFrom.Parameters[0].Value = key;
        _idsFrom.Parameters[1].Value = from;
        _idsFrom.Parameters[2].Value = events.Count;
        using var reader = _idsFrom.ExecuteReader();
        var position = 0L;
        for (var i = 0; i < events.Count; i++)
        {
            if (!reader.Read() || EventRowCodec.IdFromBytes((byte[])reader.GetValue(0)) != events[i].EventId)
                throw new WrongExpectedVersionException(stream, expected, current);
            position = reader.GetInt64(1);
        }
        return new AppendResult(from + events.Count - 1, position);
    }

    private long? RevisionOf(long key, Guid eventId)
    {
        _revisionOf.Parameters[0].Value = key;
        _revisionOf.Parameters[1].Value = EventRowCodec.IdToBytes(eventId);
        return _revisionOf.ExecuteScalar() is long revision ? revision : null;
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
        foreach (var command in new[] { _head, _idsFrom, _revisionOf, _positionOf, _addStream, _moveStream, _insert })
            command.Dispose();
    }
}
