using System.Text.Json;
using System.Threading.Channels;
using Timeline.Auditing.Verification;

namespace Timeline.Api.Audit;

/// <summary>
/// <c>GET /api/log/verify</c> streams newline-delimited JSON: a progress line every 10,000 events, then the
/// report as the last line. Streaming keeps a long check bounded for the client: it sees the work advance, and
/// hanging up cancels it.
/// </summary>
public static class LogVerifyEndpoints
{
    public static IEndpointRouteBuilder MapLogVerifyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/log/verify", VerifyAsync).WithTags("Log").WithSummary(
            "Recompute the tree from the store and check every signed checkpoint and source checksum; NDJSON: progress lines, then the report.");
        return app;
    }

    private static async Task VerifyAsync(HttpContext context, LogVerifier verifier, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.ContentType = "application/x-ndjson";
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var progress = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var verifying = Task.Run(async () =>
        {
            try
            {
                return await verifier.VerifyAsync(done => progress.Writer.TryWrite(done), cancellationToken: cancellationToken);
            }
            finally
            {
                progress.Writer.Complete();
            }
        }, cancellationToken);
        await foreach (var done in progress.Reader.ReadAllAsync(cancellationToken))
        {
            await response.WriteAsync(JsonSerializer.Serialize(new { @checked = done }, options) + "\n", cancellationToken);
            await response.Body.FlushAsync(cancellationToken);
        }
        await response.WriteAsync(JsonSerializer.Serialize(await verifying, options) + "\n", cancellationToken);
    }
}
