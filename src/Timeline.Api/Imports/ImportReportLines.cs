using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Timeline.Api.Validation;

namespace Timeline.Api.Imports;

/// <summary>
/// The import report as JSON Lines: one paragraph a line, written and flushed as it goes, then one line with the
/// counts. A client reads a large report line by line instead of holding one document of every paragraph.
/// </summary>
public sealed class ImportReportLines(ImportReport report) : IResult
{
    public const string ContentType = "application/x-ndjson";
    private const int LinesPerFlush = 256;
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <summary>Whether the report goes as lines; a <c>format</c> that is neither is refused before anything is imported.</summary>
    public static bool Wanted(HttpRequest request, string? format) => format?.ToLowerInvariant() switch
    {
        null or "" => request.Headers.Accept.Any(accept => accept?.Contains(ContentType, StringComparison.OrdinalIgnoreCase) == true),
        "jsonl" => true,
        "json" => false,
        _ => throw RequestValidationException.For("format", $"'{format}' is not a report format: use json or jsonl"),
    };

    public async Task ExecuteAsync(HttpContext context)
    {
        var json = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var cancellationToken = context.RequestAborted;
        context.Response.ContentType = ContentType;
        var body = context.Response.Body;
        for (var i = 0; i < report.Paragraphs.Count; i++)
        {
            await JsonSerializer.SerializeAsync(body, report.Paragraphs[i], json, cancellationToken);
            await body.WriteAsync(NewLine, cancellationToken);
            if (i % LinesPerFlush == LinesPerFlush - 1)
                await body.FlushAsync(cancellationToken);
        }
        await JsonSerializer.SerializeAsync(body, new { report.DocumentId, report.DryRun, report.Counts }, json, cancellationToken);
        await body.WriteAsync(NewLine, cancellationToken);
    }
}
