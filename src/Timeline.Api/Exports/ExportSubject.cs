using Timeline.Projections.Timelines;

namespace Timeline.Api.Exports;

/// <summary>What is exported: a timeline's title, a stem for the file name, and its entries in date order.</summary>
public sealed record TimelineExportPlan(ExportFormat Format, string Title, string FileStem, IAsyncEnumerable<ExportedEntry> Entries)
{
    /// <summary>Writes the whole timeline in the plan's format, flushing as it goes so the caller receives it as a stream.</summary>
    public Task WriteAsync(Stream stream, CancellationToken cancellationToken) => Format switch
    {
        ExportFormat.Csv => TimelineCsv.WriteAsync(stream, Entries, cancellationToken),
        ExportFormat.JsonLines => TimelineJsonLines.WriteAsync(stream, Entries, cancellationToken),
        ExportFormat.TimelineJs => TimelineJs.WriteAsync(stream, Title, Entries, cancellationToken),
        _ => TimelineJsonLd.WriteAsync(stream, Title, Entries, cancellationToken),
    };
}
