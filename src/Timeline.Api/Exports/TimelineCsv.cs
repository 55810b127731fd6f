using System.Runtime.CompilerServices;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Exports;

/// <summary>A timeline as CSV, one row an entry, its cells read from the stored JSON (<see cref="ExportRow"/>).</summary>
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
        var (row, dates) = (new ExportRow(), new ExportDates());
        var written = 0;
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            WriteRow(csv, row.Read(entry), dates);
            await csv.EndRowAsync(cancellationToken);
            if (++written % 500 == 0)
                await csv.FlushAsync(cancellationToken);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteRow(Csv csv, ExportRow row, ExportDates dates)
    {
        var date = dates.Of(row.Date.Span);
        csv.Value(row.RecordId.Span);
        csv.Value(date.Edtf);
        csv.Value(row.DateDisplay.Span);
        csv.Value(date.Earliest);
        csv.Value(date.Latest);
        csv.Value(row.Kind.Span);
        csv.Text(row.Title.Span);
        csv.Joined(row.InstitutionNames, guard: true);
        csv.Joined(row.Countries, guard: false);
        csv.Joined(row.Places, guard: true);
        csv.Joined(row.People, guard: true);
        csv.Text(row.Url.Span);
        csv.Text(row.DocumentId.Span);
        csv.Value(row.ParagraphIndex);
        csv.Value(row.Revision);
        csv.Value(row.Corrections);
    }
}
