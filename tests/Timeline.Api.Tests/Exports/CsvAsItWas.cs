using System.Globalization;
using System.Text;
using Timeline.Api.Exports;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Tests.Exports;

/// <summary>
/// The timeline's CSV as the service wrote it before its rows were built in buffers: a StreamWriter taking one joined
/// string a row. Kept only as the reference the writer's bytes are compared with.
/// </summary>
public static class CsvAsItWas
{
    public static async Task WriteAsync(Stream stream, IEnumerable<(TimelineEntry Entry, ExportedFacts Facts)> entries)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        await writer.WriteLineAsync(Row(TimelineCsv.Header));
        var written = 0;
        foreach (var (entry, facts) in entries)
        {
            await writer.WriteLineAsync(Row(
                entry.RecordId,
                entry.Date.ToString(),
                entry.DateDisplay,
                entry.Date.Earliest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                entry.Date.Latest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                entry.Kind,
                Text(entry.Title),
                Text(string.Join("; ", entry.Institutions.Select(i => i.Name))),
                string.Join("; ", entry.Countries.Select(c => c.Value)),
                Text(string.Join("; ", entry.Places)),
                Text(string.Join("; ", facts.People.Select(p => p.Name))),
                Text(facts.Source.Url),
                Text(facts.Source.DocumentId),
                facts.Source.ParagraphIndex?.ToString(CultureInfo.InvariantCulture),
                entry.Revision.ToString(CultureInfo.InvariantCulture),
                entry.Corrections.ToString(CultureInfo.InvariantCulture)));
            if (++written % 500 == 0)
                await writer.FlushAsync();
        }
    }

    private static string Row(params string?[] cells) => string.Join(',', cells.Select(Quoted));

    private static string? Text(string? cell) =>
        cell is { Length: > 0 } && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    private static string Quoted(string? cell) =>
        cell is null ? "" : cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;
}
