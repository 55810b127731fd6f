using Microsoft.Data.Sqlite;
using System.Text;
using SQLitePCL;

namespace Timeline.Projections.Storage;

/// <summary>
/// A statement prepared once on the writer connection and run many times with new values: parsing SQL for
/// every row would cost more than the write itself. Writes (<see cref="Execute"/>, <see cref="ExecuteInt64"/>) go
/// straight to SQLite: values bound by position, no reader made per row; <see cref="Bind"/> gives a command to
/// read with.
/// </summary>
internal sealed class PreparedCommand : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;
    private sqlite3_stmt? _statement;
    private sqlite3? _database;
    // Where each parameter is bound in the prepared statement, in the order of the names given.
    private int[] _indexes = [];
    private byte[] _text = new byte[1_024];

    public PreparedCommand(SqliteConnection connection, string sql, params string[] parameterNames)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _parameters = parameterNames.Select(name => _command.Parameters.Add(name, SqliteType.Text)).ToArray();
    }

    public SqliteCommand Bind(SqliteTransaction transaction, params object?[] values)
    {
        _command.Transaction = transaction;
        for (var i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].SqliteType = values[i] switch
            {
                byte[] => SqliteType.Blob,
                long or int or bool => SqliteType.Integer,
                _ => SqliteType.Text,
            };
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }
        return _command;
    }

    /// <returns>How many rows the statement changed.</returns>
    public int Execute(SqliteTransaction transaction, params object?[] values)
    {
        var statement = Step(transaction, values, out _);
        raw.sqlite3_reset(statement);
        return raw.sqlite3_changes(_database);
    }

    /// <summary>Runs a statement that answers one integer (an insert's <c>RETURNING rowid</c>) and returns it.</summary>
    public long ExecuteInt64(SqliteTransaction transaction, params object?[] values)
    {
        var statement = Step(transaction, values, out var result);
        var value = result == raw.SQLITE_ROW ? raw.sqlite3_column_int64(statement, 0)
            : throw new InvalidOperationException($"The statement answered no row: {_command.CommandText}");
        // Every change of the statement is made by its first step; the rest of its answer is not needed.
        raw.sqlite3_reset(statement);
        return value;
    }

    private sqlite3_stmt Step(SqliteTransaction transaction, object?[] values, out int result)
    {
        if (_statement is null)
        {
            _database = transaction.Connection!.Handle!;
            Check(raw.sqlite3_prepare_v2(_database, _command.CommandText, out var prepared));
            _statement = prepared;
            _indexes = _parameters.Select(parameter => raw.sqlite3_bind_parameter_index(prepared, parameter.ParameterName)).ToArray();
        }
        for (var i = 0; i < _indexes.Length; i++)
            Check(BindAt(_statement, _indexes[i], values[i]));
        result = raw.sqlite3_step(_statement);
        if (result is not (raw.SQLITE_ROW or raw.SQLITE_DONE))
        {
            raw.sqlite3_reset(_statement);
            Check(result);
        }
        return _statement;
    }

    /// <summary>Binds as <see cref="Bind"/> types values: bytes as a blob, integers and flags as integers, the rest as text.</summary>
    private int BindAt(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
        string text => BindText(statement, index, text),
        _ => throw new ArgumentException($"No column of the read model takes a {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>
    /// Encodes the text into a buffer kept for the next value (SQLite copies what is bound), instead of a new array
    /// for every value bound.
    /// </summary>
    private int BindText(sqlite3_stmt statement, int index, string text)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_text.Length < most)
            _text = new byte[Math.Max(most, 2 * _text.Length)];
        var length = Encoding.UTF8.GetBytes(text, _text);
        return raw.sqlite3_bind_text(statement, index, _text.AsSpan(0, length));
    }

    private void Check(int result)
    {
        if (result is not raw.SQLITE_OK)
            SqliteException.ThrowExceptionForRC(result, _database);
    }

    public void Dispose()
    {
        _statement?.Dispose();
        _command.Dispose();
    }
}
