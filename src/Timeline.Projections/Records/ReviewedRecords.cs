using Timeline.Projections.Storage;

namespace Timeline.Projections.Records;

/// <summary>Which of some records a person has reviewed at least once, as the read models know it.</summary>
public sealed class ReviewedRecords(SqliteReadModel readModel)
{
    public async Task<IReadOnlySet<string>> AmongAsync(IReadOnlyCollection<string> recordIds, CancellationToken cancellationToken)
    {
        var reviewed = new HashSet<string>(StringComparer.Ordinal);
        if (recordIds.Count == 0)
            return reviewed;
        await using var connection = await readModel.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // The ids travel as one JSON array: any number of them in one statement, with nothing spliced into the SQL.
        command.CommandText = "SELECT record_id FROM records WHERE reviews > 0 AND record_id IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(recordIds));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            reviewed.Add(reader.GetString(0));
        return reviewed;
    }
}
