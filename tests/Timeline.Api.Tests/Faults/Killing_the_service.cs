using System.Net;
using Timeline.Api.Tests.CommandLine;

namespace Timeline.Api.Tests.Faults;

/// <summary>The service killed with SIGKILL while writers keep appending to it, then started again on the same files.</summary>
public sealed class Killing_the_service
{
    [Fact]
    public async Task Every_acknowledged_write_survives_and_the_restarted_read_models_count_each_record_once()
    {
        var data = ApiProcess.TempFolder();
        var acknowledged = await WritableService.KillWhileWritingAsync(data, 100, "kill");

        await using var restarted = await WritableService.StartAsync(data);
        var reader = new ApiClient(restarted.CreateClient());
        foreach (var recordId in acknowledged)
            Assert.Equal(HttpStatusCode.OK, (await reader.Http.GetAsync($"/api/records/{recordId}")).StatusCode);
        var log = await new StoreFiles(data).ReadLogAsync();
        await Eventually.ReadAsync(reader.ProgressAsync, progress => progress.Checkpoint >= log[^1].Position, Eventually.Patience, "the read models to catch up");
        Assert.Equal(KindCounts.Fold(log.Select(e => e.Event)), await KindCounts.FromApiAsync(reader));
        Assert.Equal(log.Count, log.Select(e => e.Event.RecordId).Distinct().Count());
    }
}
