using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Audit;
using Timeline.Auditing.Verification;
using static Timeline.Api.Tests.Audit.AuditedLog;

namespace Timeline.Api.Tests.Audit;

/// <summary>Each test changes the event file (or the checkpoints) behind the service's back and sees verify name the place.</summary>
public sealed class Verifying_a_tampered_log
{
    // SQLite positions start at 1 with no gaps here, so the event at position p is leaf p - 1.
    private const long Fourth = 4;

    private static async Task<(EmptyStoreApi Factory, ApiClient Api)> SignedLogOfSixAsync()
    {
        var factory = new EmptyStoreApi();
        var api = factory.CreateApiClient();
        await RecordMeetingsAsync(api, 6);
        await CheckpointAsync(api);
        return (factory, api);
    }

    [Fact]
    public async Task An_untouched_log_verifies_with_no_break_over_the_endpoint_and_the_command_line()
    {
        var (factory, api) = await SignedLogOfSixAsync();
        using var _ = factory;

        var report = await VerifyAsync(api);
        var output = new StringWriter();
        var exit = await new VerifyCommandLine(factory.Services.GetRequiredService<LogVerifier>(), output).RunAsync(new VerifyOptions(false), default);

        Assert.True(report["ok"]!.GetValue<bool>(), report.ToJsonString());
        // Each meeting names a new institution, so the registry's event registering it is in the log too.
        Assert.Equal(12, report["events"]!.GetValue<long>());
        Assert.Equal(6, report["sourcesChecked"]!.GetValue<long>());
        Assert.Equal(0, exit);
        Assert.StartsWith("OK: the log holds: 12 events", output.ToString());
    }

    [Fact]
    public async Task One_changed_byte_of_an_event_s_data_is_named_as_a_mismatched_leaf_at_its_position()
    {
        var (factory, api) = await SignedLogOfSixAsync();
        using var _ = factory;
        var data = DataAt(factory, Fourth);
        var title = Encoding.UTF8.GetString(data).IndexOf("\"title\":\"", StringComparison.Ordinal) + 9;
        data[title] = data[title] == (byte)'X' ? (byte)'Y' : (byte)'X';
        Tamper(factory, "events.db", "UPDATE events SET data = $data WHERE position = $position", ("$data", data), ("$position", Fourth));

        var report = await VerifyAsync(api);
        var output = new StringWriter();
        var exit = await new VerifyCommandLine(factory.Services.GetRequiredService<LogVerifier>(), output).RunAsync(new VerifyOptions(false), default);

        Assert.False(report["ok"]!.GetValue<bool>());
        Assert.Equal(BreakKinds.MismatchedLeaf, report["firstBreak"]!["kind"]!.GetValue<string>());
        Assert.Equal(Fourth - 1, report["firstBreak"]!["leafIndex"]!.GetValue<long>());
        Assert.Contains(report["breaks"]!.AsArray(), b => b!["kind"]!.GetValue<string>() == BreakKinds.CheckpointRoot);
        Assert.Equal(1, exit);
        Assert.StartsWith($"BREAK at leaf {Fourth - 1} (store position {Fourth}): mismatched-leaf", output.ToString());
        Assert.Contains("1 more: checkpoint-root-mismatch at the checkpoint of size 12", output.ToString());
    }

    [Fact]
    public void The_summary_names_each_further_break_by_its_place_and_counts_checkpoints_of_one_size_once()
    {
        LogBreak Checkpoint(long size) => new(BreakKinds.CheckpointRoot, null, null, null, size, "the root differs");
        var leaf = new LogBreak(BreakKinds.MismatchedLeaf, 40, 41, Guid.NewGuid(), null, "the leaf differs");
        var breaks = new[] { leaf, Checkpoint(42), Checkpoint(46), Checkpoint(46), new LogBreak(BreakKinds.MissingEvent, 44, 45, null, null, "gone") };
        var report = new VerifyReport(false, 46, 46, 5, 4, leaf, breaks, 0.05);

        var lines = VerifyCommandLine.Summary(report).Split('\n');

        Assert.Equal("BREAK at leaf 40 (store position 41): mismatched-leaf: the leaf differs", lines[0]);
        Assert.Equal("4 more: checkpoint-root-mismatch at the checkpoint of size 42; checkpoint-root-mismatch at 2 checkpoints of size 46; "
            + "missing-event at leaf 44 (store position 45)", lines[2]);
    }

    [Fact]
    public async Task A_deleted_event_is_named_as_missing_at_its_position()
    {
        var (factory, api) = await SignedLogOfSixAsync();
        using var _ = factory;
        Tamper(factory, "events.db", "DELETE FROM events WHERE position = $position", ("$position", Fourth));

        var report = await VerifyAsync(api);

        Assert.Equal(BreakKinds.MissingEvent, report["firstBreak"]!["kind"]!.GetValue<string>());
        Assert.Equal(Fourth - 1, report["firstBreak"]!["leafIndex"]!.GetValue<long>());
    }

    [Fact]
    public async Task Two_swapped_events_are_named_as_reordered_at_the_first_of_them()
    {
        var (factory, api) = await SignedLogOfSixAsync();
        using var _ = factory;
        // Move the second event out of the way, the fifth into its place, then the second into the fifth's.
        Tamper(factory, "events.db", """
            UPDATE events SET position = 1000 WHERE position = 2;
            UPDATE events SET position = 2 WHERE position = 5;
            UPDATE events SET position = 5 WHERE position = 1000;
            """);

        var report = await VerifyAsync(api);

        Assert.Equal(BreakKinds.Reordered, report["firstBreak"]!["kind"]!.GetValue<string>());
        Assert.Equal(1, report["firstBreak"]!["leafIndex"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_checkpoint_signed_by_another_key_is_named_as_a_bad_signature()
    {
        var (factory, api) = await SignedLogOfSixAsync();
        using var _ = factory;
        var latest = await api.GetJsonAsync("/api/log/checkpoints/latest");
        using var forger = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var forged = Timeline.Auditing.Proofs.Checkpoints.SignedCheckpoint.Sign(latest["size"]!.GetValue<long>(), latest["rootHash"]!.GetValue<string>(), DateTimeOffset.UtcNow, forger);
        Tamper(factory, "auditlog.db", "INSERT INTO checkpoints (size, root, issued_at, key_id, signature) VALUES ($size, $root, $at, $key, $signature)",
            ("$size", forged.Size), ("$root", forged.RootHash), ("$at", forged.IssuedAt.ToUnixTimeMilliseconds()), ("$key", latest["keyId"]!.GetValue<string>()), ("$signature", forged.Signature));

        var report = await VerifyAsync(api);

        Assert.Equal(BreakKinds.BadSignature, report["firstBreak"]!["kind"]!.GetValue<string>());
        Assert.Equal(latest["size"]!.GetValue<long>(), report["firstBreak"]!["checkpointSize"]!.GetValue<long>());
        Assert.Single(report["breaks"]!.AsArray());
    }
}
