using Microsoft.Data.Sqlite;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Storage;

/// <summary>
/// The timeline rows a batch adds, held until the batch's records are written and then inserted together: sorted
/// by each table's primary key, so they land on neighbouring pages, and many rows to a statement, so the cost of a
/// statement is paid once per <see cref="RowsPerStatement"/> rows. Keeps the batch's <see cref="TimelineCounts"/>.
/// </summary>
internal sealed class TimelineBatch
{
    /// <summary>
    /// Few rows to a statement: Microsoft.Data.Sqlite binds each parameter by looking its name up among all of the
    /// statement's, so binding grows with the square of the row count (64 rows spent more binding than inserting).
    /// </summary>
    public const int RowsPerStatement = 8;
    public const int Columns = 10;

    private readonly List<Row> _institutionRows = [];
    private readonly List<Row> _countryRows = [];
    private readonly TimelineCounts _counts = new();
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);

    /// <summary>The timelines the batch adds rows to or removes rows from, named as <see cref="TimelineChanges"/> names them.</summary>
    public HashSet<string> Changed => _changed;

    public void Removed(string table, string key, TimelineEntry entry)
    {
        _counts.Add(table, key, entry.Kind, -1);
        _changed.Add(TimelineChanges.Of(table, key));
    }

    /// <param name="validFrom">The position of the event that made this version of the row: an answer as of an earlier position reads the history instead.</param>
    public void Add(string table, string key, TimelineEntry entry, long validFrom)
    {
        (table == ReadModelSchema.InstitutionTimeline ? _institutionRows : _countryRows).Add(new Row(key, entry, validFrom));
        _counts.Add(table, key, entry.Kind, 1);
        _changed.Add(TimelineChanges.Of(table, key));
    }

    public void Save(ReadModelStatements statements, SqliteTransaction transaction)
    {
        Insert(_institutionRows, statements.InsertInstitutionEntries, statements.InsertInstitutionEntry, transaction);
        Insert(_countryRows, statements.InsertCountryEntries, statements.InsertCountryEntry, transaction);
        _counts.Save(statements, transaction);
    }

    private static void Insert(List<Row> rows, PreparedCommand many, PreparedCommand one, SqliteTransaction transaction)
    {
        rows.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key) is var byKey and not 0 ? byKey : string.CompareOrdinal(a.Entry.RecordId, b.Entry.RecordId));
        var values = new object?[RowsPerStatement * Columns];
        var next = 0;
        for (; next + RowsPerStatement <= rows.Count; next += RowsPerStatement)
        {
            for (var row = 0; row < RowsPerStatement; row++)
                Fill(values, row * Columns, rows[next + row]);
            many.Execute(transaction, values);
        }
        var single = new object?[Columns];
        for (; next < rows.Count; next++)
        {
            Fill(single, 0, rows[next]);
            one.Execute(transaction, single);
        }
    }

    /// <summary>The values of one row, in the column order of <see cref="ReadModelStatements"/>' timeline inserts.</summary>
    private static void Fill(object?[] values, int at, Row row)
    {
        var (key, entry, validFrom) = row;
        values[at] = key;
        values[at + 1] = entry.RecordId;
        values[at + 2] = entry.Date.SortKey;
        values[at + 3] = entry.Position;
        values[at + 4] = entry.Date.EarliestKey;
        values[at + 5] = entry.Date.LatestKey;
        values[at + 6] = entry.Kind;
        values[at + 7] = entry.Date.Year;
        values[at + 8] = entry.Date.Start?.Month;
        values[at + 9] = validFrom;
    }

    private sealed record Row(string Key, TimelineEntry Entry, long ValidFrom);
}
