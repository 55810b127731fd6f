using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Timeline.EventStore.Sqlite;

/// <summary>
/// The embedded event store: one SQLite file in WAL mode. Appends go through one writer connection with group
/// commit (<see cref="GroupCommitWriter"/>); reads use pooled connections of their own.
/// </summary>
public sealed class SqliteEventStore : IEventStore, IEventStoreHealth, IDisposable
{
    private const int PageSize = 512;
    // CROSS JOIN keeps the planner walking events in order and looking names up by key, whatever the tables' sizes.
    private const string Joined = "events e CROSS JOIN streams s CROSS JOIN event_types t";
    private const string Named = "s.stream_key = e.stream_key AND t.type_key = e.type_key";

    private readonly string _connectionString;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _pollInterval;
    private readonly SqliteConnection _connection;
    private readonly GroupCommitWriter _writer;
    private readonly AppendSignal _appended = new();
    private readonly CommittedEvents _committed = new();

    /// <summary>How long an append waits for a write lock held by another process before it is refused as unavailable.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(5);

    public SqliteEventStore(string path, TimeProvider? clock = null, TimeSpan? pollInterval = null, TimeSpan? busyTimeout = null)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
            Directory.CreateDirectory(directory);
        var busy = busyTimeout ?? DefaultBusyTimeout;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = true,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busy.TotalSeconds)),
        }.ToString();
        _clock = clock ?? TimeProvider.System;
        // Another process may append to the same file; a live subscription looks for its appends this often.
        _pollInterval = pollInterval ?? TimeSpan.FromSeconds(1);
        _connection = new SqliteConnection(_connectionString);
        _connection.Open();
        SqliteSchema.Configure(_connection, create: true, busy);
        _writer = new GroupCommitWriter(_connection, _clock, Committed);
    }

    public Task<AppendResult> AppendAsync(string stream, ExpectedRevision expected, IReadOnlyList<EventData> events,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(stream);
        ArgumentNullException.ThrowIfNull(events);
        return _writer.AppendAsync(stream, expected, events, cancellationToken);
    }

    public async IAsyncEnumerable<StoredEvent> ReadStreamAsync(string stream, ReadDirection direction = ReadDirection.Forwards,
        long? fromRevision = null, int maxCount = int.MaxValue, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var forwards = direction == ReadDirection.Forwards;
        var from = fromRevision ?? (forwards ? 0 : long.MaxValue);
        var sql = forwards
            ? $"SELECT {SqliteSchema.EventColumns} FROM streams s CROSS JOIN events e CROSS JOIN event_types t WHERE s.name = $stream AND {Named} AND e.revision >= $from ORDER BY e.revision LIMIT $limit"
            : $"SELECT {SqliteSchema.EventColumns} FROM streams s CROSS JOIN events e CROSS JOIN event_types t WHERE s.name = $stream AND {Named} AND e.revision <= $from ORDER BY e.revision DESC LIMIT $limit";
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
        Query($"SELECT {SqliteSchema.EventColumns} FROM {Joined} WHERE e.position > $after AND {Named} ORDER BY e.position LIMIT $limit", c =>
        {
            c.Parameters.AddWithValue("$after", afterPosition);
            c.Parameters.AddWithValue("$limit", maxCount);
        }, cancellationToken);

    /// <summary>
    /// Reads the log from <paramref name="afterPosition"/>, then takes what this store's own appends committed from
    /// their hand (<see cref="CommittedEvents"/>) while it follows on without a gap, and reads the log again at any
    /// gap, at a wake with nothing handed over, and after every poll interval without a commit of this store.
    /// </summary>
    public async IAsyncEnumerable<StoredEvent> SubscribeToAllAsync(long afterPosition,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var checkpoint = afterPosition;
        var handed = new List<StoredEvent>(PageSize);
        while (!cancellationToken.IsCancellationRequested)
        {
            var appended = _appended.Next;
            handed.Clear();
            if (_committed.TakeAfter(checkpoint, PageSize, handed))
            {
                foreach (var e in handed)
                {
                    checkpoint = e.Position;
                    yield return e;
                }
                // Whatever this store commits next wakes the loop; another process's appends are found by the next read, as before.
                if (handed.Count < PageSize)
                    await WaitAsync(appended, cancellationToken);
                continue;
            }
            var read = 0;
            await foreach (var e in ReadAllAsync(checkpoint, PageSize, cancellationToken))
            {
                read++;
                checkpoint = e.Position;
                yield return e;
            }
            if (read < PageSize)
                await WaitAsync(appended, cancellationToken);
        }
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Until this store's next commit, or the poll interval for another process's appends.</summary>
    private Task WaitAsync(Task appended, CancellationToken cancellationToken) =>
        Task.WhenAny(appended, Task.Delay(_pollInterval, cancellationToken)).WaitAsync(cancellationToken);

    private void Committed(StoredEvent[] events)
    {
        _committed.Add(events);
        _appended.Raise();
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
        EventRowCodec.IdFromBytes((byte[])reader.GetValue(0)),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetInt64(3),
        reader.GetInt64(4),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)),
        (byte[])reader.GetValue(6),
        EventRowCodec.DecodeMetadata((byte[])reader.GetValue(7)));

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>Whether a write could take the file's write lock now: another process holding it makes every append wait and fail.</summary>
    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        var probe = new SqliteConnectionStringBuilder(_connectionString) { DefaultTimeout = 1, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(probe);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // One statement a command: a PRAGMA that answers a row would leave later statements of the same text unrun.
            foreach (var statement in new[] { "BEGIN IMMEDIATE", "ROLLBACK" })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = statement;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            return null;
        }
        catch (SqliteException busy) when (SqliteFailures.IsBusy(busy))
        {
            return "the event store file is locked by another process: writes wait and are refused";
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _connection.Dispose();
    }
}
