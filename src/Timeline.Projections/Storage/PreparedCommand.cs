using Microsoft.Data.Sqlite;

namespace Timeline.Projections.Storage;

/// <summary>
/// A statement prepared once on the writer connection and run many times with new values: parsing SQL for
/// every row would cost more than the write itself.
/// </summary>
internal sealed class PreparedCommand : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

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

    public int Execute(SqliteTransaction transaction, params object?[] values) => Bind(transaction, values).ExecuteNonQuery();

    public void Dispose() => _command.Dispose();
}
