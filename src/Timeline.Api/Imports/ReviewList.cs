using Microsoft.Data.Sqlite;

namespace Timeline.Api.Imports;

public sealed record ReviewItem(string RecordId, string? DocumentId, int ParagraphIndex, double Confidence, string Doubts, DateTimeOffset FlaggedAt);

/// <summary>
/// Records an import was unsure of, for a person to check. They are recorded like any other record; this list
/// (its own small SQLite file beside the stores) only says which ones to look at and why.
/// </summary>
public sealed class ReviewList
{
    private readonly string _connectionString;

    public ReviewList(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS review (
                record_id       TEXT PRIMARY KEY,
                document_id     TEXT,
                paragraph_index INTEGER NOT NULL,
                confidence      REAL NOT NULL,
                doubts          TEXT NOT NULL,
                flagged_at      INTEGER NOT NULL
            );
            """;
        command.ExecuteNonQuery();
    }

    public void Flag(ReviewItem item)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO review (record_id, document_id, paragraph_index, confidence, doubts, flagged_at)
            VALUES ($id, $document, $paragraph, $confidence, $doubts, $at) ON CONFLICT (record_id) DO NOTHING
            """;
        command.Parameters.AddWithValue("$id", item.RecordId);
        command.Parameters.AddWithValue("$document", (object?)item.DocumentId ?? DBNull.Value);
        command.Parameters.AddWithValue("$paragraph", item.ParagraphIndex);
        command.Parameters.AddWithValue("$confidence", item.Confidence);
        command.Parameters.AddWithValue("$doubts", item.Doubts);
        command.Parameters.AddWithValue("$at", item.FlaggedAt.ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
    }

    public IReadOnlyList<ReviewItem> List()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT record_id, document_id, paragraph_index, confidence, doubts, flagged_at FROM review ORDER BY flagged_at DESC, record_id";
        using var reader = command.ExecuteReader();
        var items = new List<ReviewItem>();
        while (reader.Read())
            items.Add(new ReviewItem(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt32(2),
                reader.GetDouble(3), reader.GetString(4), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5))));
        return items;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
