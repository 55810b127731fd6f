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
            csv.Value(entry.RecordId);
            csv.Value(entry.Date.ToString());
            csv.Value(entry.DateDisplay);
            csv.Value(entry.Date.Earliest);
            csv.Value(entry.Date.Latest);
            csv.Value(entry.Kind);
            csv.Text(entry.Title);
            csv.Joined(entry.Institutions, i => i.Name, guard: true);
            csv.Joined(entry.Countries, c => c.Value, guard: false);
            csv.Joined(entry.Places, p => p, guard: true);
            csv.Joined(facts.People, p => p.Name, guard: true);
            csv.Text(facts.Source.Url);
            csv.Text(facts.Source.DocumentId);
            csv.Value(facts.Source.ParagraphIndex);
            csv.Value(entry.Revision);
            csv.Value(entry.Corrections);
            await csv.EndRowAsync(cancellationToken);
            if (++written % 500 == 0)
                await csv.FlushAsync(cancellationToken);
        }
    }
}
