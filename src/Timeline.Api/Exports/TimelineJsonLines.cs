using System.Text.Json;
using Timeline.EventStore.Serialization;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Exports;

/// <summary>JSON Lines: one timeline entry a line, as the timeline endpoints show it, with its people and source.</summary>
public static class TimelineJsonLines
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public static async Task WriteAsync(Stream stream, IAsyncEnumerable<ExportedEntry> entries, CancellationToken cancellationToken)
    {
        var options = new JsonSerializerOptions(EventJson.Options) { WriteIndented = false };
        var written = 0;
        await foreach (var (entry, facts) in entries.WithCancellation(cancellationToken))
        {
            await JsonSerializer.SerializeAsync(stream, new { entry, facts.People, facts.Source }, options, cancellationToken);
            await stream.WriteAsync(NewLine, cancellationToken);
            if (++written % 500 == 0)
                await stream.FlushAsync(cancellationToken);
        }
    }
}
