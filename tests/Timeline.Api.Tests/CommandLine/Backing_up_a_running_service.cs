using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Timeline.Api.Tests.CommandLine;

public sealed class Backing_up_a_running_service
{
    private const string Key = "backup-test-key";

    [Fact]
    public async Task A_backup_taken_while_writes_go_on_restores_every_record_acknowledged_before_it()
    {
        var data = ApiProcess.TempFolder();
        var backup = Path.Combine(ApiProcess.TempFolder(), "copy");
        List<string> acknowledged;
        await using (var service = await RunningService.StartAsync(data, null, "--Auth:ApiKeys:0:Name=newsroom", $"--Auth:ApiKeys:0:Key={Key}"))
        {
            using var http = service.CreateClient();
            acknowledged = [];
            for (var i = 0; i < 20; i++)
                acknowledged.Add(await RecordAsync(http, i));
            using var writing = new CancellationTokenSource();
            var moreWrites = Task.Run(async () =>
            {
                for (var i = 100; !writing.IsCancellationRequested; i++)
                    await RecordAsync(http, i);
            });

            var outcome = await ApiProcess.RunAsync(["backup", backup, "--data", data], TimeSpan.FromSeconds(60));
            await writing.CancelAsync();
            await moreWrites;

            Assert.Equal(0, outcome.ExitCode);
            Assert.Contains("events.db", outcome.Out);
        }

        await using var restored = await RunningService.StartAsync(backup);
        using var reader = restored.CreateClient();
        foreach (var recordId in acknowledged)
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/records/{recordId}")).StatusCode);
    }

    private static async Task<string> RecordAsync(HttpClient http, int number)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/records")
        {
            Content = JsonContent.Create(new
            {
                kind = "MeetingHeld",
                date = "2021-04-09",
                title = $"Backup probe meeting number {number}",
                institutions = new[] { new { id = "ouc", name = "Open University of China", role = "host" } },
                source = new { documentId = "backup-probe", paragraphIndex = number, text = $"Probe paragraph {number}." },
            }),
        };
        request.Headers.Add("X-Api-Key", Key);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("recordId").GetString()!;
    }
}
