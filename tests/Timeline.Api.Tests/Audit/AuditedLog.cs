using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Audit;

/// <summary>Writes to the service, signs checkpoints, tampers with its files behind its back, and asks it to verify.</summary>
public static class AuditedLog
{
    /// <summary>Records <paramref name="count"/> meetings and returns their record ids, in log order.</summary>
    public static async Task<List<string>> RecordMeetingsAsync(ApiClient api, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var recordId = NewId("rec");
            await ApiClient.AcceptedAsync(await api.RecordAsync(Meeting(recordId, NewId("inst"))), HttpStatusCode.Created);
            ids.Add(recordId);
        }
        return ids;
    }

    /// <summary>Signs a checkpoint of everything in the log now: the service waits (boundedly) for its tree to catch up.</summary>
    public static async Task<JsonNode> CheckpointAsync(ApiClient api)
    {
        using var response = await api.PostAsync("/api/log/checkpoints", new JsonObject());
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Signing answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>The report: the last line of the NDJSON stream.</summary>
    public static async Task<JsonNode> VerifyAsync(ApiClient api)
    {
        var lines = (await api.Http.GetStringAsync("/api/log/verify")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return JsonNode.Parse(lines[^1])!;
    }

    public static void Tamper(TimelineApiFactory factory, string file, string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, file)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        Assert.True(command.ExecuteNonQuery() > 0, $"The tampering changed nothing: {sql}");
    }

    public static byte[] DataAt(TimelineApiFactory factory, long position)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "events.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT data FROM events WHERE position = $position";
        command.Parameters.AddWithValue("$position", position);
        return (byte[])command.ExecuteScalar()!;
    }
}
