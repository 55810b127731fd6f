using Microsoft.Data.Sqlite;
using Timeline.Projections.Records;
using Timeline.Projections.Storage;

namespace Timeline.Projections.People;

/// <summary>
/// Who appears and where: one row per person and per place a visible record names, kept by the fold beside the
/// timeline rows, so counting a name's records is an index range and a rebuild writes the same rows. Each table is
/// its own key (no rowid), and a batch's new rows are inserted once it is folded, in key order.
/// </summary>
internal sealed class PeopleAndPlacesTables : IDisposable
{
    public const string CreateTables = """
        CREATE TABLE IF NOT EXISTS people_records (
            name      TEXT NOT NULL,
            record_id TEXT NOT NULL,
            PRIMARY KEY (name, record_id)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS place_records (
            name      TEXT NOT NULL,
            record_id TEXT NOT NULL,
            PRIMARY KEY (name, record_id)
        ) WITHOUT ROWID;
        """;

    public static readonly string[] Tables = ["people_records", "place_records"];

    private readonly (PreparedCommand Insert, PreparedCommand Delete, Func<RecordView, IEnumerable<string>> Names)[] _kinds;
    // The rows to insert, per kind: deletes run at once, inserts wait for Save, so a record's old rows go first.
    private readonly List<(string Name, string RecordId)>[] _inserts = [[], []];

    public PeopleAndPlacesTables(SqliteConnection connection) => _kinds =
    [
        (Insert(connection, "people_records"), Delete(connection, "people_records"), view => view.Facts.People.Select(p => p.Name)),
        (Insert(connection, "place_records"), Delete(connection, "place_records"), view => view.Facts.Places),
    ];

    /// <summary>Replaces the rows of the record as it was stored (<paramref name="stored"/>) with those of <paramref name="view"/>.</summary>
    public void Replace(RecordView? stored, RecordView view, SqliteTransaction transaction)
    {
        for (var kind = 0; kind < _kinds.Length; kind++)
        {
            var (_, delete, names) = _kinds[kind];
            if (stored is not null)
                foreach (var name in NamesOf(stored, names))
                    delete.Execute(transaction, name, stored.Id);
            if (view.IsVisible)
                foreach (var name in NamesOf(view, names))
                    _inserts[kind].Add((name, view.Id));
        }
    }

    /// <summary>Inserts the rows <see cref="Replace"/> gathered, in each table's key order, so they land on neighbouring pages.</summary>
    public void Save(SqliteTransaction transaction)
    {
        for (var kind = 0; kind < _kinds.Length; kind++)
        {
            var rows = _inserts[kind];
            rows.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name) is var byName and not 0 ? byName : string.CompareOrdinal(a.RecordId, b.RecordId));
            foreach (var (name, recordId) in rows)
                _kinds[kind].Insert.Execute(transaction, name, recordId);
            rows.Clear();
        }
    }

    private static IEnumerable<string> NamesOf(RecordView view, Func<RecordView, IEnumerable<string>> names) =>
        names(view).Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => name.Trim()).Distinct(StringComparer.Ordinal);

    private static PreparedCommand Insert(SqliteConnection connection, string table) =>
        new(connection, $"INSERT OR IGNORE INTO {table} (name, record_id) VALUES ($name, $id)", "$name", "$id");

    private static PreparedCommand Delete(SqliteConnection connection, string table) =>
        new(connection, $"DELETE FROM {table} WHERE name = $name AND record_id = $id", "$name", "$id");

    public void Dispose()
    {
        foreach (var (insert, delete, _) in _kinds)
        {
            insert.Dispose();
            delete.Dispose();
        }
    }
}
