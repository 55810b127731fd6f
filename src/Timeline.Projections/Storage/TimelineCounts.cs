using Microsoft.Data.Sqlite;

namespace Timeline.Projections.Storage;

/// <summary>
/// How many entries each timeline holds, per kind, as a batch changes them: rows removed count down, rows written
/// count up, and the net change of each timeline is written once with the batch, in its transaction. A page's
/// total is then a lookup of a few rows instead of a count of the whole timeline.
/// </summary>
internal sealed class TimelineCounts
{
    private readonly Dictionary<(string Table, string Key, string Kind), long> _changes = [];

    public void Add(string table, string key, string kind, int change)
    {
        var at = (table, key, kind);
        _changes[at] = _changes.GetValueOrDefault(at) + change;
    }

    /// <summary>
    /// Writes the net changes. A count that comes back to zero is removed, so the table holds the same rows
    /// whether a record came and went within one batch or across two.
    /// </summary>
    public void Save(ReadModelStatements statements, SqliteTransaction transaction)
    {
        foreach (var ((table, key, kind), change) in _changes)
        {
            if (change == 0)
                continue;
            statements.AddToCount.Execute(transaction, table, key, kind, change);
            if (change < 0)
                statements.DropEmptyCount.Execute(transaction, table, key, kind);
        }
    }
}
