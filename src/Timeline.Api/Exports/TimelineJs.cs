using System.Net;
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
        WriteText(json, title, "Records of the OUC Timeline, in date order.");
        json.WriteEndObject();
        json.WriteStartArray("events");
        var written = 0;
        await foreach (var (entry, facts) in entries.WithCancellation(cancellationToken))
        {
            if ((entry.Date.Start ?? entry.Date.End) is not { } first)
                continue;
            json.WriteStartObject();
            WriteDate(json, "start_date", first, entry.Date.Start is null ? entry.DateDisplay : first.Display);
            if (entry.Date is { Start: not null, End: { } end })
                WriteDate(json, "end_date", end, end.Display);
            json.WriteString("display_date", entry.DateDisplay);
            var source = facts.Source.Url is { } url
                ? $"<a href=\"{WebUtility.HtmlEncode(url)}\">Source</a>"
                : $"Source: {WebUtility.HtmlEncode(facts.Source.DocumentId ?? "")} paragraph {facts.Source.ParagraphIndex}";
            WriteText(json, entry.Title,
                $"<p>{WebUtility.HtmlEncode(string.Join(", ", entry.Institutions.Select(i => i.Name)))}</p>"
                + (entry.Places.Count > 0 ? $"<p>{WebUtility.HtmlEncode(string.Join(", ", entry.Places))}</p>" : "")
                + $"<p>EDTF: {WebUtility.HtmlEncode(entry.Date.ToString())}. {source}</p>");
            json.WriteString("group", entry.Kind);
            json.WriteString("unique_id", entry.RecordId);
            json.WriteEndObject();
            if (++written % 200 == 0)
                await json.FlushAsync(cancellationToken);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string headline, string text)
    {
        json.WriteStartObject("text");
        json.WriteString("headline", headline);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>A season starts at its first month; unspecified digits and months are left out rather than guessed.</summary>
    private static void WriteDate(Utf8JsonWriter json, string name, DatePoint point, string display)
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
