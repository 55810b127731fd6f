using System.Text.Json.Nodes;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Audit;

public sealed class Exporting_provenance(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_corrected_then_retracted_record_reads_as_source_versions_revision_and_invalidation_in_PROV_JSON()
    {
        var recordId = NewId("rec");
        await ApiClient.AcceptedAsync(await _api.RecordAsync(Meeting(recordId, NewId("inst"))), System.Net.HttpStatusCode.Created);
        await ApiClient.AcceptedAsync(await _api.CorrectAsync(recordId, new JsonObject { ["title"] = "Corrected" }));
        await ApiClient.AcceptedAsync(await _api.RetractAsync(recordId));

        var prov = await _api.GetJsonAsync($"/api/records/{recordId}/prov");

        Assert.NotNull(prov["prefix"]!["tl"]);
        Assert.Equal(3, prov["activity"]!.AsObject().Count);
        Assert.Equal([$"rec:{recordId}.v0", $"rec:{recordId}.v1"], prov["entity"]!.AsObject().Select(e => e.Key).Where(k => k.StartsWith("rec:")));
        var source = Assert.Single(prov["entity"]!.AsObject(), e => e.Key.StartsWith("src:"));
        Assert.Equal($"Announcement behind record {recordId}.", source.Value!["prov:value"]!.GetValue<string>());
        var derivations = prov["wasDerivedFrom"]!.AsObject().Select(d => d.Value!["prov:type"]!["$"]!.GetValue<string>()).ToList();
        Assert.Contains("prov:PrimarySource", derivations);
        Assert.Contains("prov:Revision", derivations);
        var invalidation = Assert.Single(prov["wasInvalidatedBy"]!.AsObject()).Value!;
        Assert.Equal($"rec:{recordId}.v1", invalidation["prov:entity"]!.GetValue<string>());
        Assert.Contains(prov["agent"]!.AsObject(), a => a.Value!["prov:label"]!.GetValue<string>() == TimelineApiFactory.KeyName);
    }
}
