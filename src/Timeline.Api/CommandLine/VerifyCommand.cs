using System.CommandLine;
using Timeline.Api.Audit;
using Timeline.Auditing.Verification;

namespace Timeline.Api.CommandLine;

/// <summary>
/// <c>verify</c>: recomputes the log's Merkle tree from the configured store and checks it against every signed
/// checkpoint and every source checksum. Exit 0 when the log holds, 1 at the first break.
/// </summary>
public static class VerifyCommand
{
    private static readonly Option<string?> Data = CommonOptions.Data();
    private static readonly Option<bool> Json = new("--json") { Description = "The whole report as one JSON document on stdout." };

    public static Command Create()
    {
        var command = new Command("verify", "Prove the log unchanged: recompute its tree and check every signed checkpoint and source checksum.") { Data, Json };
        command.SetAction(async (parsed, cancellation) =>
        {
            await using var app = TimelineHost.BuildOffline(parsed.GetValue(Data));
            var verify = new VerifyCommandLine(app.Services.GetRequiredService<LogVerifier>(), Console.Out);
            return await verify.RunAsync(new VerifyOptions(parsed.GetValue(Json)), cancellation);
        });
        return command;
    }
}
