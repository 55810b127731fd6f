using System.Runtime.CompilerServices;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Exports;

/// <summary>
/// JSON Lines: one timeline entry a line, as the timeline endpoints show it, with its people and source:
/// <c>{"entry":...,"people":[...],"source":{...}}</c>, each part the stored JSON as the fold wrote it with the
/// serialiser's options, so the bytes are those serialising the deserialised objects again gave.
/// </summary>
public static class TimelineJsonLines
{
    private const int SendAt = 64 * 1024;

    public static async Task WriteAsync(Stream stream, IAsyncEnumerable<ExportedEntry> entries, CancellationToken cancellationToken)
    {
        var row = new ExportRow();
        var buffer = new MemoryStream(SendAt + 16 * 1024);
        var written = 0;
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            WriteLine(buffer, row.Read(entry));
            var flush = ++written % 500 == 0;
            if (buffer.Length < SendAt && !flush)
                continue;
            await stream.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
            buffer.SetLength(0);
            if (flush)
                await stream.FlushAsync(cancellationToken);
        }
        await stream.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteLine(MemoryStream buffer, ExportRow row)
    {
        buffer.Write("{\"entry\":"u8);
        buffer.Write(row.EntryJson.Span);
        // The serialiser left out a null member, as the fold's facts never have.
        if (!row.PeopleJson.IsEmpty)
        {
            buffer.Write(",\"people\":"u8);
            buffer.Write(row.PeopleJson.Span);
        }
        if (!row.SourceJson.IsEmpty)
        {
            buffer.Write(",\"source\":"u8);
            buffer.Write(row.SourceJson.Span);
        }
        buffer.Write("}\n"u8);
    }
}
