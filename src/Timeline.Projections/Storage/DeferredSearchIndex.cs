using Microsoft.Data.Sqlite;

namespace Timeline.Projections.Storage;

/// <summary>
/// Whether the search table indexes the records' search text yet. A fold from position 0 writes the text alone, row by
/// row, and the index is built from it in one pass once the other tables are folded: indexing record by record was a
/// fifth of what SQLite spent on a rebuild. The state lives in the file (a row of
/// <see cref="ReadModelSchema.SearchIndexPending"/>), so a process killed between the folded tables and the built index
/// leaves a file whose next fold builds it; meanwhile a search is refused, never answered from a partial index.
/// </summary>
internal sealed class DeferredSearchIndex
{
    private readonly SqliteConnection _writer;
    private volatile bool _pending;

    public DeferredSearchIndex(SqliteConnection writer)
    {
        _writer = writer;
        using var command = Command($"SELECT 1 FROM {ReadModelSchema.SearchIndexPending} LIMIT 1", null);
        _pending = command.ExecuteScalar() is not null;
    }

    /// <summary>While true, the fold writes search text without indexing it, and searches are refused.</summary>
    public bool Pending => _pending;

    /// <summary>From here on the fold leaves the index alone until <see cref="Build"/>; recorded in the file first.</summary>
    public void Defer()
    {
        if (_pending)
            return;
        using (var command = Command($"INSERT INTO {ReadModelSchema.SearchIndexPending} (since) VALUES (unixepoch())", null))
            command.ExecuteNonQuery();
        _pending = true;
    }

    /// <summary>The file was emptied, its pending row with it.</summary>
    public void Emptied() => _pending = false;

    /// <summary>Indexes every row of search text in one pass, and clears the pending row in the same transaction.</summary>
    public void Build()
    {
        if (!_pending)
            return;
        using (var transaction = _writer.BeginTransaction())
        {
            const string search = ReadModelSchema.SearchTable;
            using (var command = Command($"INSERT INTO {search} ({search}) VALUES ('rebuild'); DELETE FROM {ReadModelSchema.SearchIndexPending};",
                       transaction))
                command.ExecuteNonQuery();
            transaction.Commit();
        }
        _pending = false;
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction)
    {
        var command = _writer.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
