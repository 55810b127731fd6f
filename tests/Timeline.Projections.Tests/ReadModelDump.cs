using Microsoft.Data.Sqlite;
using Timeline.Projections.Storage;

namespace Timeline.Projections.Tests;

/// <summary>Every row of every read-model table as text, in a fixed order, to compare two read models.</summary>
public static class ReadModelDump
{
    public static async Task<List<string>> OfAsync(SqliteReadModel readModel)
    {
        await using var connection = await readModel.OpenReaderAsync(CancellationToken.None);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            // A full-text table is compared by what it holds; its shadow tables' layout depends on how writes were batched.
            list.CommandText = """
                SELECT name FROM sqlite_master t WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' AND t.name LIKE v.name || '\_%' ESCAPE '\')
                ORDER BY name
                """;
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }
        var rows = new List<string>();
        foreach (var table in tables)
            rows.AddRange((await RowsAsync(connection, table)).Order(StringComparer.Ordinal).Select(row => $"{table}: {row}"));
        return rows;
    }

    /// <summary>The names of the file's indexes, in order.</summary>
    public static async Task<List<string>> IndexesAsync(SqliteReadModel readModel)
    {
        await using var connection = await readModel.OpenReaderAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
            names.Add(reader.GetString(0));
        return names;
    }

    private static async Task<List<string>> RowsAsync(SqliteConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table}";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) switch
            {
                byte[] bytes => Convert.ToBase64String(bytes),
                var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
            });
            rows.Add(string.Join(" | ", values));
        }
        return rows;
    }
}
