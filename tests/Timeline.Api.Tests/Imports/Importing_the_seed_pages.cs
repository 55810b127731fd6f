using System.Text.Json.Nodes;

namespace Timeline.Api.Tests.Imports;

public sealed class Importing_the_seed_pages(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [SeedPagesFact]
    public async Task The_two_pages_record_thirteen_activities_skip_the_policy_paragraph_and_a_second_import_records_nothing_new()
    {
        var first = await ImportAllAsync();

        var recorded = first.Where(p => p["status"]!.GetValue<string>() is "recorded" or "needs-review").ToList();
        Assert.Equal(13, recorded.Count);
        var skipped = Assert.Single(first, p => p["status"]!.GetValue<string>() == "skipped");
        Assert.Contains("no activity", skipped["reason"]!.GetValue<string>());
        Assert.Equal(
            ["TrainingHeld 2020-11-17/2020-11-18 MN", "AgreementSigned 2018-12-17 MY", "AgreementSigned 2020-05-19 CN",
             "DelegationVisited 2019-12-24/2019-12-28 KZ", "DelegationVisited 2019-12-12/2019-12-13 TH",
             "DelegationVisited 2019-12-01/2019-12-08 ZM,BW", "TrainingHeld 2024-07-14 CN", "MeetingHeld XXXX CN",
             "DonationMade XXXX CN", "ConferenceHeld XXXX CN", "TrainingHeld XXXX CN", "DelegationVisited XXXX CN",
             "CompetitionHeld 2024-07-12 CN"],
            recorded.Select(p => $"{p["kind"]} {p["date"]} {string.Join(',', p["countries"]!.AsArray().Select(c => c!.GetValue<string>()))}"));

        var head = await _api.HeadAsync();
        var second = await ImportAllAsync();

        Assert.Equal(13, second.Count(p => p["status"]!.GetValue<string>() == "already-present"));
        Assert.Equal(head, await _api.HeadAsync());
    }

    private async Task<List<JsonNode>> ImportAllAsync()
    {
        var paragraphs = new List<JsonNode>();
        foreach (var (documentId, text) in SeedPages.All())
        {
            using var response = await _api.PostAsync("/api/imports", new JsonObject { ["documentId"] = documentId, ["text"] = text });
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
            paragraphs.AddRange(body["paragraphs"]!.AsArray().Select(p => p!));
        }
        return paragraphs;
    }
}

public sealed class Importing_the_seed_pages_over_the_sample_data(SampleDataApi factory) : IClassFixture<SampleDataApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [SeedPagesFact]
    public async Task The_sample_records_are_the_seed_activities_so_importing_the_pages_records_nothing_new()
    {
        var head = await _api.HeadAsync();
        var statuses = new List<string>();
        foreach (var (documentId, text) in SeedPages.All())
        {
            using var response = await _api.PostAsync("/api/imports", new JsonObject { ["documentId"] = documentId, ["text"] = text });
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            statuses.AddRange(body["paragraphs"]!.AsArray().Select(p => p!["status"]!.GetValue<string>()));
        }

        Assert.Equal(13, statuses.Count(s => s == "already-present"));
        Assert.Equal(head, await _api.HeadAsync());
    }
}
