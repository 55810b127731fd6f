using System.Globalization;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Exports;

public static class TimelineCsv
{
    public static readonly string[] Header =
    [
        "record_id", "date", "date_display", "earliest", "latest", "kind", "title", "institutions", "countries", "places",
        "people", "source_url", "source_document", "source_paragraph", "revision", "corrections",
    ];

    public static async Task WriteAsync(Stream stream, IAsyncEnumerable<ExportedEntry> entries, CancellationToken cancellationToken)
    {
        await using var csv = new Csv(stream);
        await csv.WriteRowAsync(Header);
        var written = 0;
        await foreach (var (entry, facts) in entries.WithCancellation(cancellationToken))
        {
            await csv.WriteRowAsync(
                entry.RecordId,
                entry.Date.ToString(),
                entry.DateDisplay,
                entry.Date.Earliest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                entry.Date.Latest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                entry.Kind,
                Csv.Text(entry.Title),
                Csv.Text(string.Join("; ", entry.Institutions.Select(i => i.Name))),
                string.Join("; ", entry.Countries.Select(c => c.Value)),
                Csv.Text(string.Join("; ", entry.Places)),
                Csv.Text(string.Join("; ", facts.People.Select(p => p.Name))),
                Csv.Text(facts.Source.Url),
                Csv.Text(facts.Source.DocumentId),
                facts.Source.ParagraphIndex?.ToString(CultureInfo.InvariantCulture),
                entry.Revision.ToString(CultureInfo.InvariantCulture),
                entry.Corrections.ToString(CultureInfo.InvariantCulture));
            if (++written % 500 == 0)
                await csv.FlushAsync();
        }
    }
}
