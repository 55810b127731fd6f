using Microsoft.Data.Sqlite;
using Timeline.Domain.Records;
using Timeline.EventStore;
using Timeline.EventStore.Serialization;
using Timeline.EventStore.Sqlite;

namespace Timeline.Api.Tests.Faults;

/// <summary>
/// The files of a data folder read as they lie on disk, from outside the process that writes them. The read-model
/// file is read with a plain connection, not opened as the service opens it: that would build missing indexes.
/// </summary>
public sealed class StoreFiles(string dataFolder)
{
    public string EventsPath => Path.Combine(dataFolder, "events.db");
    public string ReadModelPath => Path.Combine(dataFolder, "readmodel.db");

    /// <summary>Every record event of the log, in log order; the registry's events are passed over, any other fails.</summary>
    public async Task<List<EventEnvelope>> ReadLogAsync()
    {
        using var store = new SqliteEventStore(EventsPath);
        var envelopes = new List<EventEnvelope>();
        await foreach (var stored in store.ReadAllAsync())
        {
            if (RecordEventSerializer.ToEnvelope(stored) is { } envelope)
                envelopes.Add(envelope);
            else if (InstitutionEventSerializer.ToEnvelope(stored) is null)
                throw new InvalidDataException($"Event {stored.EventId} ({stored.Type}) cannot be read back.");
        }
        return envelopes;
    }

    public async Task<long> ReadHeadAsync()
    {
        using var store = new SqliteEventStore(EventsPath);
        return await store.ReadHeadPositionAsync();
    }

    /// <summary>The read models' checkpoint, or null while the file holds none (new, or emptied by a rebuild).</summary>
    public long? ReadCheckpoint() => Query("SELECT position FROM checkpoints WHERE name = 'timelines'", reader => reader.GetInt64(0)).SingleOrDefault();

    public List<string> ReadIndexNames() =>
        Query("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name", reader => reader.GetString(0));

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> row)
    {
        if (!File.Exists(ReadModelPath))
            return [];
        var source = new SqliteConnectionStringBuilder { DataSource = ReadModelPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(source.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            using var reader = command.ExecuteReader();
            var rows = new List<T>();
            while (reader.Read())
                rows.Add(row(reader));
            return rows;
        }
        catch (SqliteException) when (!File.Exists(ReadModelPath))
        {
            return [];
        }
    }
}

/// <summary>Records per kind of activity, as the read model counts them and as a fold of the log gives them.</summary>
public static class KindCounts
{
    /// <summary>Folds each record's events with the domain's own fold and counts the records still standing, per kind.</summary>
    public static SortedDictionary<string, int> Fold(IEnumerable<IRecordEvent> log) => new(
        log.GroupBy(e => e.RecordId)
            .Select(record => RecordState.Fold(record))
            .Where(state => state.Exists && !state.Retracted)
            .GroupBy(state => state.Kind!.Value.ToString())
            .ToDictionary(kind => kind.Key, kind => kind.Count()),
        StringComparer.Ordinal);

    /// <summary>The counts <c>GET /api/activity/by-year</c> answers, summed over the years and the undated records.</summary>
    public static async Task<SortedDictionary<string, int>> FromApiAsync(ApiClient api)
    {
        var activity = await api.GetJsonAsync("/api/activity/by-year");
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in activity["years"]!.AsArray().Append(activity["undated"]))
            foreach (var (kind, count) in group!["byKind"]!.AsObject())
                counts[kind] = counts.GetValueOrDefault(kind) + count!.GetValue<int>();
        return counts;
    }
}
