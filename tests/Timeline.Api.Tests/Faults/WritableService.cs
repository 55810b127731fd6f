using System.Collections.Concurrent;
using System.Net;
using Timeline.Api.Tests.CommandLine;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Faults;

/// <summary>The service as a process of its own that takes writes with the tests' API key.</summary>
public static class WritableService
{
    public static Task<RunningService> StartAsync(string dataFolder, params string[] settings) => RunningService.StartAsync(dataFolder, null,
        [$"--Auth:ApiKeys:0:Name={TimelineApiFactory.KeyName}", $"--Auth:ApiKeys:0:Key={TimelineApiFactory.Key}", .. settings]);

    /// <summary>Records a meeting of a record and institution of its own, insisting on 201, and answers the record's id.</summary>
    public static async Task<string> RecordAsync(ApiClient api, string prefix)
    {
        var recordId = NewId(prefix);
        await ApiClient.AcceptedAsync(await api.RecordAsync(Meeting(recordId, NewId("inst"))), HttpStatusCode.Created);
        return recordId;
    }

    /// <summary>
    /// Starts the service on <paramref name="dataFolder"/>, records from eight writers until <paramref name="count"/>
    /// writes are acknowledged, then kills it with SIGKILL while they go on; answers the record ids acknowledged.
    /// </summary>
    public static async Task<ConcurrentQueue<string>> KillWhileWritingAsync(string dataFolder, int count, string prefix)
    {
        var acknowledged = new ConcurrentQueue<string>();
        Task[] writers;
        await using (var service = await StartAsync(dataFolder))
        {
            var api = new ApiClient(service.CreateClient());
            writers = Enumerable.Range(0, 8).Select(_ => Task.Run(() => WriteUntilRefusedAsync(api, acknowledged, prefix))).ToArray();
            await Eventually.ReadAsync(() => acknowledged.Count, done => done >= count, Eventually.Patience, $"{count} acknowledged writes");
        }
        await Task.WhenAll(writers);
        return acknowledged;
    }

    /// <summary>Records until the service stops answering; only writes answered 201 count as acknowledged.</summary>
    private static async Task WriteUntilRefusedAsync(ApiClient api, ConcurrentQueue<string> acknowledged, string prefix)
    {
        while (true)
        {
            try
            {
                acknowledged.Enqueue(await RecordAsync(api, prefix));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return;
            }
        }
    }
}
