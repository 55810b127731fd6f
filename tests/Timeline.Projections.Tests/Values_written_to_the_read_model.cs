using Microsoft.Data.Sqlite;
using Timeline.Domain.Records;
using Timeline.Projections.Storage;

namespace Timeline.Projections.Tests;

/// <summary>The writer binds its values straight to SQLite: each must arrive as the type and the text it was.</summary>
public sealed class Values_written_to_the_read_model : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("timeline-values-").FullName;

    [Fact]
    public async Task An_empty_text_is_stored_as_empty_text_and_a_missing_value_as_null()
    {
        using var readModel = new SqliteReadModel(Path.Combine(_folder, "readmodel.db"));
        // No people and no places: their search columns are empty texts.
        readModel.Apply(Given.Log(Given.Meeting("a", "2020-05-19")), 1);

        Assert.Equal(["text", "", "text", ""], await RowAsync(readModel, "SELECT typeof(people), people, typeof(places), places FROM records_search"));
        Assert.Equal(["null", "null", "integer", "blob"],
            await RowAsync(readModel, "SELECT typeof(retraction_reason), typeof(facts_json), typeof(retracted), typeof(entry_json) FROM records"));
    }

    [Fact]
    public async Task Long_texts_outside_ascii_are_stored_as_they_were_given()
    {
        using var readModel = new SqliteReadModel(Path.Combine(_folder, "readmodel.db"));
        var shortTitle = "Réunion à Almaty, 阿拉木图";
        var longTitle = string.Concat(Enumerable.Repeat("Визит делегации 国家开放大学 — ", 400));
        readModel.Apply(Given.Log(
            new MeetingHeld("a", Given.Facts("2020-05-19", longTitle, [Given.Ouc])),
            new MeetingHeld("b", Given.Facts("2020-05-20", shortTitle, [Given.Ouc]))), 2);

        Assert.Equal([longTitle, shortTitle], await RowAsync(readModel, "SELECT title FROM records_search ORDER BY rowid"));
    }

    /// <summary>The values the query answers, as text, row after row.</summary>
    private static async Task<List<string>> RowAsync(SqliteReadModel readModel, string sql)
    {
        await using var connection = await readModel.OpenReaderAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
            values.AddRange(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : reader.GetString(i)));
        return values;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
