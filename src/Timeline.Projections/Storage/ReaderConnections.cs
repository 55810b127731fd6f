using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Timeline.Projections.Storage;

/// <summary>
/// Reader connections kept open between queries, each with the statements it has prepared. The driver's own pool
/// finalises a connection's statements whenever it is closed, so a page parsed and planned its statements again on
/// every request; a statement prepared here is reset and bound again instead. Idle connections hold no read
/// transaction, so they never keep the write-ahead log from being checkpointed.
/// </summary>
internal sealed class ReaderConnections(string connectionString) : IDisposable
{
    // About what two cores serve at once; a reader past this many is closed when it is returned.
    private const int MaxIdle = 16;

    private readonly ConcurrentBag<ReadModelReader> _idle = [];
    private volatile bool _disposed;

    public async Task<ReadModelReader> RentAsync(CancellationToken cancellationToken)
    {
        if (_idle.TryTake(out var reader))
            return reader;
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        return new ReadModelReader(this, connection);
    }

    public void Return(ReadModelReader reader)
    {
        if (_disposed || _idle.Count >= MaxIdle)
        {
            reader.Close();
            return;
        }
        _idle.Add(reader);
        // Disposed meanwhile: the reader just added would never be taken again.
        if (_disposed)
            Drain();
    }

    public void Dispose()
    {
        _disposed = true;
        Drain();
    }

    /// <summary>Closes the idle readers; those rented meanwhile are kept when given back, as ever.</summary>
    public void CloseIdle() => Drain();

    private void Drain()
    {
        while (_idle.TryTake(out var reader))
            reader.Close();
    }
}

/// <summary>
/// One reader connection rented from the read model for the span of a query. Its statements stay with the connection:
/// the caller runs them and disposes their data readers, never the statements themselves.
/// </summary>
public sealed class ReadModelReader : IAsyncDisposable
{
    // Statement texts are few (each query has a handful of shapes); past this many, a text is prepared for one use.
    private const int MaxStatements = 64;

    /// <summary>
    /// A statement's LIMIT, bound as <c>$limit</c>. SQLite plans a query with the value bound to a bare <c>LIMIT $limit</c>,
    /// so binding it again throws the kept statement's plan away and the next step parses and plans the text anew; as
    /// an expression (<c>+$limit</c>, the same value) it is planned once, with the same plan.
    /// </summary>
    public const string Limit = "+$limit";

    private readonly ReaderConnections _pool;
    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);
    private readonly List<SqliteCommand> _oneOff = [];

    internal ReadModelReader(ReaderConnections pool, SqliteConnection connection)
    {
        _pool = pool;
        Connection = connection;
    }

    public SqliteConnection Connection { get; }

    /// <summary>The statement for <paramref name="sql"/>, prepared on its first use on this connection, with no parameters bound.</summary>
    public SqliteCommand Command(string sql)
    {
        if (_statements.TryGetValue(sql, out var command))
        {
            command.Parameters.Clear();
            return command;
        }
        command = Connection.CreateCommand();
        command.CommandText = sql;
        if (_statements.Count < MaxStatements)
            _statements[sql] = command;
        else
            _oneOff.Add(command);
        return command;
    }

    public ValueTask DisposeAsync()
    {
        foreach (var command in _oneOff)
            command.Dispose();
        _oneOff.Clear();
        _pool.Return(this);
        return ValueTask.CompletedTask;
    }

    internal void Close()
    {
        foreach (var command in _statements.Values)
            command.Dispose();
        _statements.Clear();
        Connection.Dispose();
    }
}
