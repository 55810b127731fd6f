using System.Collections.Concurrent;
using System.Net;
using Timeline.Api.Tests.CommandLine;

namespace Timeline.Api.Tests.Faults;

/// <summary>The service killed with SIGKILL while writers keep appending to it, then started again on the same files.</summary>
public sealed class Killing_the_service
{
    private const int Writers = 8;

    [Fact]
    public async Task Every_acknowledged_write_survives_and_the_restarted_read_models_count_each_record_once()
    {
        var data = ApiProcess.TempFolder();
        var acknowledged = new ConcurrentQueue<string>();
        Task[] writers;
        await using (var service = await WritableService.StartAsync(data))
        {
            var api = new ApiClient(service.CreateClient());
            writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(() => WriteUntilRefusedAsync(api, acknowledged))).ToArray();
            await Eventually.ReadAsync(() => acknowledged.Count, count => count >= 100, Eventually.Patience, "100 acknowledged writes");
        }
        await Task.WhenAll(writers);

        await using var restarted = await WritableService.StartAsync(data);
        var reader = new ApiClient(restarted.CreateClient());
        foreach (var recordId in acknowledged)
            Assert.Equal(HttpStatusCode.OK, (await reader.Http.GetAsync($"/api/records/{recordId}")).StatusCode);
        var log = await new StoreFiles(data).ReadLogAsync();
        await Eventually.ReadAsync(reader.ProgressAsync, progress => progress.Checkpoint >= log[^1].Position, Eventually.Patience, "the read models to catch up");
        Assert.Equal(KindCounts.Fold(log.Select(e => e.Event)), await KindCounts.FromApiAsync(reader));
        Assert.Equal(log.Count, log.Select(e => e.Event.RecordId).Distinct().Count());
    }

    /// <summary>Appends until the service stops answering; only writes answered 201 count as acknowledged.</summary>
    private static async Task WriteUntilRefusedAsync(ApiClient api, ConcurrentQueue<string> acknowledged)
    {
        while (true)
        {
            try
            {
                acknowledged.Enqueue(await WritableService.RecordAsync(api, "kill"));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return;
            }
        }
    }
}
