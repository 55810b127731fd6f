using System.Net;
using static Timeline.Api.Tests.Audit.AuditedLog;

namespace Timeline.Api.Tests.Audit;

/// <summary>Every bad question to the log gets a problem naming what is wrong, at once.</summary>
public sealed class Asking_the_log_badly(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Theory]
    [InlineData("/api/log/proofs/inclusion?index=0&size=100000", "size")]
    [InlineData("/api/log/proofs/inclusion?index=abc&size=1", "index")]
    [InlineData("/api/log/proofs/inclusion?size=1", "index")]
    [InlineData("/api/log/proofs/inclusion?index=2&size=1", "size")]
    [InlineData("/api/log/proofs/consistency?from=3&to=2", "from")]
    [InlineData("/api/log/proofs/consistency?from=0&to=2", "from")]
    [InlineData("/api/log/proofs/consistency?from=1&to=100000", "to")]
    [InlineData("/api/log/checkpoints?at=yesterday", "at")]
    [InlineData("/api/log/entries?cursor=not-ours", "cursor")]
    [InlineData("/api/log/entries?limit=5000", "limit")]
    [InlineData("/api/log/entries?from=5&to=2", "to")]
    public async Task A_bad_size_index_moment_or_cursor_is_a_400_naming_the_parameter(string path, string parameter)
    {
        await RecordMeetingsAsync(_api, 3);
        await CheckpointAsync(_api);

        using var response = await _api.Http.GetAsync(path);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]?[parameter]);
    }

    [Theory]
    [InlineData("/api/log/proofs/inclusion?recordId=rec-unknown&revision=0&size=1")]
    [InlineData("/api/log/proofs/inclusion?index=999999&size=1")]
    [InlineData("/api/log/checkpoints?at=2001-01-01T00:00:00Z")]
    [InlineData("/api/records/rec-unknown/proof")]
    [InlineData("/api/records/rec-unknown/prov")]
    public async Task What_the_log_does_not_hold_is_a_404(string path)
    {
        await RecordMeetingsAsync(_api, 1);
        await CheckpointAsync(_api);

        using var response = await _api.Http.GetAsync(path);

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Entries_page_by_cursor_through_one_event_type_without_repeats()
    {
        await RecordMeetingsAsync(_api, 5);
        await CheckpointAsync(_api);
        var seen = new List<long>();
        string? cursor = null;
        do
        {
            var page = await _api.GetJsonAsync($"/api/log/entries?type=MeetingHeld.v1&limit=2{(cursor is null ? "" : $"&cursor={cursor}")}");
            seen.AddRange(page["entries"]!.AsArray().Select(e => e!["leafIndex"]!.GetValue<long>()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        Assert.True(seen.Count >= 5);
        Assert.Equal(seen.Order(), seen);
        Assert.Equal(seen.Distinct().Count(), seen.Count);
    }
}
