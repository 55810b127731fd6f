using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Timeline.Domain.Dates;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Exports;

/// <summary>
/// The JSON a TimelineJS (Knight Lab) timeline reads: a title slide and one event a record, whose start_date and
/// end_date hold as much of the EDTF date as they can (year, month, day) and whose display_date keeps the rest
/// ("possibly 2019", "from 1 December 2018, end open"). A date with no year at all cannot be placed and is left out.
/// </summary>
public static class TimelineJs
{
    public static async Task WriteAsync(Stream stream, string title, IAsyncEnumerable<ExportedEntry> entries, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("scale", "human");
        json.WriteStartObject("title");
        WriteText(json, Encoding.UTF8.GetBytes(title), "Records of the OUC Timeline, in date order."u8);
        json.WriteEndObject();
        json.WriteStartArray("events");
        var (row, dates, html) = (new ExportRow(), new ExportDates(), new HtmlText());
        var written = 0;
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            if (WriteEvent(json, row.Read(entry), dates, html) && ++written % 200 == 0)
                await json.FlushAsync(cancellationToken);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes the entry's event; false for a date with no year, which TimelineJS cannot place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool WriteEvent(Utf8JsonWriter json, ExportRow row, ExportDates dates, HtmlText html)
    {
        var date = dates.Of(row.Date.Span);
        if ((date.Date.Start ?? date.Date.End) is not { } first)
            return false;
        json.WriteStartObject();
        WriteDate(json, "start_date", first, date.Date.Start is null ? row.DateDisplay.Span : date.StartDisplay);
        if (date.Date is { Start: not null, End: { } end })
            WriteDate(json, "end_date", end, date.EndDisplay);
        json.WriteString("display_date", row.DateDisplay.Span);
        html.Clear().Raw("<p>"u8).Encoded(row.InstitutionNames).Raw("</p>"u8);
        if (row.Places.Count > 0)
            html.Raw("<p>"u8).Encoded(row.Places).Raw("</p>"u8);
        html.Raw("<p>EDTF: "u8).Encoded(date.Edtf).Raw(". "u8);
        if (!row.Url.IsNull)
            html.Raw("<a href=\""u8).Encoded(row.Url.Span).Raw("\">Source</a>"u8);
        else
            html.Raw("Source: "u8).Encoded(row.DocumentId.Span).Raw(" paragraph "u8).Number(row.ParagraphIndex);
        html.Raw("</p>"u8);
        WriteText(json, row.Title.Span, html.Utf8);
        json.WriteString("group", row.Kind.Span);
        json.WriteString("unique_id", row.RecordId.Span);
        json.WriteEndObject();
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteText(Utf8JsonWriter json, ReadOnlySpan<byte> headline, ReadOnlySpan<byte> text)
    {
        json.WriteStartObject("text");
        json.WriteString("headline", headline);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>A season starts at its first month; unspecified digits and months are left out rather than guessed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteDate(Utf8JsonWriter json, string name, DatePoint point, ReadOnlySpan<byte> display)
    {
        json.WriteStartObject(name);
        json.WriteNumber("year", point.UnspecifiedYearDigits > 0 ? point.Earliest.Year : point.Year);
        if (point.Month is { } month)
            json.WriteNumber("month", month);
        else if (point.Season is { } season)
            json.WriteNumber("month", season == 24 ? 12 : (season - 21) * 3 + 3);
        if (point.Day is { } day)
            json.WriteNumber("day", day);
        json.WriteString("display_date", display);
        json.WriteEndObject();
    }
}
