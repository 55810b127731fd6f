using System.Text.Json.Nodes;
using Timeline.Verifier;
using static Timeline.Api.Tests.Activities;
using static Timeline.Api.Tests.Audit.AuditedLog;

namespace Timeline.Api.Tests.Audit;

/// <summary>The bundle and the consistency proof, checked by the stand-alone verifier with nothing but files.</summary>
public sealed class Proving_a_record_to_an_outsider(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>, IDisposable
{
    private readonly ApiClient _api = factory.CreateApiClient();
    private readonly string _folder = Directory.CreateTempSubdirectory("ouc-timeline-verifier-").FullName;

    private async Task<string> SaveAsync(string name, string path) => await SaveTextAsync(name, await _api.Http.GetStringAsync(path));

    private async Task<string> SaveTextAsync(string name, string text)
    {
        var file = Path.Combine(_folder, name);
        await File.WriteAllTextAsync(file, text);
        return file;
    }

    private static (int Exit, string Output) Verify(params string[] args)
    {
        var output = new StringWriter();
        return (VerifierCommand.Run(args, output), output.ToString());
    }

    [Fact]
    public async Task A_recorded_and_corrected_record_s_bundle_verifies_against_the_pinned_key_and_a_later_event_is_pending()
    {
        var recordId = NewId("rec");
        await ApiClient.AcceptedAsync(await _api.RecordAsync(Meeting(recordId, NewId("inst"))), System.Net.HttpStatusCode.Created);
        await ApiClient.AcceptedAsync(await _api.CorrectAsync(recordId, new JsonObject { ["title"] = "Partners meet again" }));
        await CheckpointAsync(_api);
        await ApiClient.AcceptedAsync(await _api.RetractAsync(recordId));
        var key = await SaveAsync("log-key.pem", "/.well-known/timeline-log-key.pem");
        var bundle = await SaveAsync("bundle.json", $"/api/records/{recordId}/proof");

        var (exit, output) = Verify("bundle", bundle, "--key", key);

        Assert.True(exit == VerifierCommand.Verified, output);
        Assert.Contains($"VERIFIED: record {recordId}, 2 of 3 events proven in the signed checkpoint, 1 pending", output);
    }

    [Fact]
    public async Task A_bundle_whose_event_was_edited_or_whose_key_is_not_the_pinned_one_fails()
    {
        var recordId = NewId("rec");
        await ApiClient.AcceptedAsync(await _api.RecordAsync(Meeting(recordId, NewId("inst"))), System.Net.HttpStatusCode.Created);
        await CheckpointAsync(_api);
        var text = await _api.Http.GetStringAsync($"/api/records/{recordId}/proof");
        var edited = JsonNode.Parse(text)!;
        edited["events"]![0]!["leaf"]!["data"]!["title"] = "A meeting that never happened";
        var editedBundle = await SaveTextAsync("edited.json", edited.ToJsonString());
        using var other = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var otherKey = await SaveTextAsync("other-key.pem", other.ExportSubjectPublicKeyInfoPem());

        var (editedExit, editedOutput) = Verify("bundle", editedBundle);
        var (otherExit, otherOutput) = Verify("bundle", await SaveTextAsync("bundle.json", text), "--key", otherKey);

        Assert.Equal(VerifierCommand.Failed, editedExit);
        Assert.Contains("FAILED: leaf", editedOutput);
        Assert.Equal(VerifierCommand.Failed, otherExit);
        Assert.Contains("not the pinned key", otherOutput);
    }

    [Fact]
    public async Task A_later_checkpoint_is_proven_to_extend_an_earlier_one_and_a_forged_root_is_caught()
    {
        await RecordMeetingsAsync(_api, 3);
        var older = await CheckpointAsync(_api);
        await RecordMeetingsAsync(_api, 4);
        var newer = await CheckpointAsync(_api);
        var key = await SaveAsync("log-key.pem", "/.well-known/timeline-log-key.pem");
        var proof = await SaveAsync("consistency.json",
            $"/api/log/proofs/consistency?from={older["size"]}&to={newer["size"]}");
        var olderFile = await SaveTextAsync("older.json", older.ToJsonString());
        var newerFile = await SaveTextAsync("newer.json", newer.ToJsonString());
        var forgedProof = JsonNode.Parse(await File.ReadAllTextAsync(proof))!;
        forgedProof["proof"]![0] = new string('0', 64);

        var (exit, output) = Verify("consistency", olderFile, newerFile, proof, "--key", key);
        var (forgedExit, forgedOutput) = Verify("consistency", olderFile, newerFile, await SaveTextAsync("forged.json", forgedProof.ToJsonString()), "--key", key);

        Assert.True(exit == VerifierCommand.Verified, output);
        Assert.Equal(VerifierCommand.Failed, forgedExit);
        Assert.Contains("does not extend", forgedOutput);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
