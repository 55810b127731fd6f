using System.Diagnostics;
using SQLitePCL;

namespace Timeline.Benchmarks.Harness;

/// <summary>
/// What SQLite alone takes to write the rows a fold wrote: every row of a folded read model (records, full-text,
/// timelines, counts, people, places, history) inserted into a new file with the same tables through bare SQLitePCL
/// (statements prepared once, values bound by position from the source row, no .NET object per value), the
/// bulk fold's pragmas (a journal in memory, no syncs, a 256 MiB page cache), one transaction per stretch of the
/// log's events holding that share of every table's rows, and the indexes built at the end. Reading the rows back
/// from the folded file is included; <see cref="ReadOnlySeconds"/> says how long reading them alone takes.
/// </summary>
public static class BareRowCopy
{
    /// <param name="SecondsByTable">Where the time went: each table's inserts, and "indexes" for the indexes built at the end.</param>
    public sealed record Copied(long Rows, double Seconds, double ReadOnlySeconds, long Bytes, IReadOnlyDictionary<string, double> SecondsByTable);

    /// <param name="transactions">How many transactions the rows are spread over (one per stretch the fold committed).</param>
    public static Copied Run(string source, string target, int transactions)
    {
        raw.sqlite3_open_v2(source, out var from, raw.SQLITE_OPEN_READONLY, null);
        using var _ = from;
        var tables = Tables(from);
        var readOnly = Stopwatch.StartNew();
        foreach (var table in tables)
        {
            using var select = Prepare(from, table.Select);
            while (raw.sqlite3_step(select) == raw.SQLITE_ROW)
            {
                for (var i = 0; i < table.Columns; i++)
                    raw.sqlite3_column_blob(select, i);
            }
        }
        readOnly.Stop();

        foreach (var file in new[] { target, target + "-journal" })
            File.Delete(file);
        raw.sqlite3_open(target, out var to);
        using var __ = to;
        var clock = Stopwatch.StartNew();
        Exec(to, "PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;");
        foreach (var table in tables)
            Exec(to, table.Create);
        var copies = tables.Select(table => new TableCopy(table, Prepare(from, table.Select), Prepare(to, table.Insert))).ToList();
        var rows = 0L;
        for (var round = 0; round < transactions; round++)
        {
            Exec(to, "BEGIN");
            foreach (var copy in copies)
            {
                var started = Stopwatch.GetTimestamp();
                rows += copy.Step(PerTransaction(copy.Table.Rows, transactions));
                copy.Seconds += Stopwatch.GetElapsedTime(started).TotalSeconds;
            }
            Exec(to, "COMMIT");
        }
        var byTable = copies.ToDictionary(copy => copy.Table.Name, copy => copy.Seconds);
        foreach (var copy in copies)
            copy.Dispose();
        var indexing = Stopwatch.StartNew();
        foreach (var index in Indexes(from))
            Exec(to, index);
        byTable["indexes"] = indexing.Elapsed.TotalSeconds;
        clock.Stop();
        return new Copied(rows, clock.Elapsed.TotalSeconds, readOnly.Elapsed.TotalSeconds, new FileInfo(target).Length, byTable);
    }

    private static long PerTransaction(long rows, int transactions) => (rows + transactions - 1) / transactions;

    private sealed record Table(string Name, string Create, string Select, string Insert, int Columns, long Rows);

    /// <summary>
    /// The tables of <paramref name="database"/> with rows, full-text tables among them but not the tables SQLite keeps
    /// for them (their rows are made by inserting the text). A table with a rowid keeps it, as the full-text rows name
    /// their records' rowids.
    /// </summary>
    private static List<Table> Tables(sqlite3 database)
    {
        var found = new List<(string Name, string Sql)>();
        using (var list = Prepare(database, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL AND name NOT LIKE 'sqlite%' ORDER BY rowid"))
        {
            while (raw.sqlite3_step(list) == raw.SQLITE_ROW)
                found.Add((raw.sqlite3_column_text(list, 0).utf8_to_string(), raw.sqlite3_column_text(list, 1).utf8_to_string()));
        }
        var virtualTables = found.Where(t => t.Sql.StartsWith("CREATE VIRTUAL", StringComparison.OrdinalIgnoreCase)).Select(t => t.Name).ToList();
        var tables = new List<Table>();
        foreach (var (name, sql) in found)
        {
            if (virtualTables.Any(v => name.StartsWith(v + "_", StringComparison.Ordinal)))
                continue;
            var columns = new List<string>();
            using (var info = Prepare(database, $"SELECT name FROM pragma_table_info('{name}')"))
            {
                while (raw.sqlite3_step(info) == raw.SQLITE_ROW)
                    columns.Add(raw.sqlite3_column_text(info, 0).utf8_to_string());
            }
            if (!sql.Contains("WITHOUT ROWID", StringComparison.OrdinalIgnoreCase))
                columns.Insert(0, "rowid");
            long rows;
            using (var count = Prepare(database, $"SELECT COUNT(*) FROM {name}"))
                rows = raw.sqlite3_step(count) == raw.SQLITE_ROW ? raw.sqlite3_column_int64(count, 0) : 0;
            var list = string.Join(", ", columns);
            tables.Add(new Table(name, sql + ";", $"SELECT {list} FROM {name}",
                $"INSERT INTO {name} ({list}) VALUES ({string.Join(", ", columns.Select((_, i) => $"?{i + 1}"))})", columns.Count, rows));
        }
        return tables;
    }

    private static List<string> Indexes(sqlite3 database)
    {
        var indexes = new List<string>();
        using var list = Prepare(database, "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
        while (raw.sqlite3_step(list) == raw.SQLITE_ROW)
            indexes.Add(raw.sqlite3_column_text(list, 0).utf8_to_string() + ";");
        return indexes;
    }

    /// <summary>A table's rows read from the folded file and inserted into the new one, a transaction's share at a time.</summary>
    private sealed class TableCopy(Table table, sqlite3_stmt select, sqlite3_stmt insert) : IDisposable
    {
        // SQLite starts a finished statement over when it is stepped again: a table read to its end is not read again.
        private bool _done;

        public Table Table { get; } = table;
        public double Seconds { get; set; }

        public long Step(long rows)
        {
            var copied = 0L;
            while (copied < rows && !_done)
            {
                if (raw.sqlite3_step(select) != raw.SQLITE_ROW)
                {
                    _done = true;
                    break;
                }
                for (var i = 0; i < Table.Columns; i++)
                    Bind(i);
                if (raw.sqlite3_step(insert) != raw.SQLITE_DONE)
                    throw new InvalidOperationException($"Could not copy a row: {Table.Insert}");
                raw.sqlite3_reset(insert);
                copied++;
            }
            return copied;
        }

        private void Bind(int column)
        {
            var at = column + 1;
            _ = raw.sqlite3_column_type(select, column) switch
            {
                raw.SQLITE_INTEGER => raw.sqlite3_bind_int64(insert, at, raw.sqlite3_column_int64(select, column)),
                raw.SQLITE_FLOAT => raw.sqlite3_bind_double(insert, at, raw.sqlite3_column_double(select, column)),
                raw.SQLITE_TEXT => raw.sqlite3_bind_text(insert, at, raw.sqlite3_column_blob(select, column)),
                raw.SQLITE_BLOB => raw.sqlite3_bind_blob(insert, at, raw.sqlite3_column_blob(select, column)),
                _ => raw.sqlite3_bind_null(insert, at),
            };
        }

        public void Dispose()
        {
            select.Dispose();
            insert.Dispose();
        }
    }

    private static sqlite3_stmt Prepare(sqlite3 database, string sql)
    {
        if (raw.sqlite3_prepare_v2(database, sql, out var statement) != raw.SQLITE_OK)
            throw new InvalidOperationException($"{raw.sqlite3_errmsg(database).utf8_to_string()}: {sql}");
        return statement;
    }

    private static void Exec(sqlite3 database, string sql)
    {
        if (raw.sqlite3_exec(database, sql) != raw.SQLITE_OK)
            throw new InvalidOperationException($"{raw.sqlite3_errmsg(database).utf8_to_string()}: {sql}");
    }
}
