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
}
