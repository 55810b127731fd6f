using System.Net;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Exports;

public sealed class An_export_whose_client_goes_away(WatchedExportsApi factory) : IClassFixture<WatchedExportsApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_CSV_export_stops_once_its_client_has_gone_away()
    {
        var institution = NewId("inst");
        var last = 0L;
        for (var i = 0; i < 1_000; i++)
        {
            var body = Meeting(NewId("rec"), institution, date: $"{2000 + i % 20}-{1 + i % 12:D2}");
            body["title"] = $"{i}: " + new string('t', 280);
            last = (await ApiClient.AcceptedAsync(await _api.RecordAsync(body), HttpStatusCode.Created)).Position;
        }
        await _api.WaitForProjectionsAsync(last);
        var path = $"/api/timelines/institutions/{institution}/export?format=csv";
        var whole = (await _api.Http.GetByteArrayAsync(path)).LongLength;
        await ApiClient.WaitUntilAsync(() => Task.FromResult(factory.ExportsEnded.Count == 1), "the whole export never ended");

        using (var response = await _api.Http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead))
        {
            await using var body = await response.Content.ReadAsStreamAsync();
            await body.ReadExactlyAsync(new byte[1024]);
        }

        // The client has read a kilobyte and left; the service must stop writing soon after, not send the rest to no one.
        await ApiClient.WaitUntilAsync(() => Task.FromResult(factory.ExportsEnded.Count == 2), "the abandoned export never ended");
        var sent = factory.ExportsEnded.ToArray()[1];
        Assert.True(sent < whole / 2, $"the abandoned export sent {sent:N0} bytes of {whole:N0}");
    }
}
