using System.Net;
using System.Text.Json;
using Timeline.Domain.Dates;
using Timeline.Domain.Institutions;
using Timeline.Domain.People;
using Timeline.Domain.Sources;
using Timeline.EventStore.Serialization;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Tests.Exports;

/// <summary>The record's facts as far as an export read them, when it deserialised them: its people and source.</summary>
public sealed record ExportedFacts(IReadOnlyList<Person> People, Source Source);

/// <summary>
/// The exports as the service wrote them before they read their cells from the stored JSON: each entry and its facts
/// deserialised into objects, and each format written from those. Kept only as the reference the service's bytes are
/// compared with; <see cref="CsvAsItWas"/> is the CSV's.
/// </summary>
public static class ExportsAsTheyWere
{
    /// <summary>The entry and its facts as objects; facts held in their recording event are its <c>facts</c> member, as <c>json_extract</c> took them.</summary>
    public static (TimelineEntry Entry, ExportedFacts Facts) Deserialised(ExportedEntry stored) =>
        (JsonSerializer.Deserialize<TimelineEntry>(stored.EntryJson, EventJson.Options)!,
            stored.FactsInEvent
                ? JsonDocument.Parse(stored.FactsJson).RootElement.GetProperty("facts").Deserialize<ExportedFacts>(EventJson.Options)!
                : JsonSerializer.Deserialize<ExportedFacts>(stored.FactsJson, EventJson.Options)!);

    public static async Task WriteAsync(string format, Stream stream, string title, IEnumerable<ExportedEntry> stored)
    {
        var entries = stored.Select(Deserialised);
        switch (format)
        {
            case "csv":
                await CsvAsItWas.WriteAsync(stream, entries);
                break;
            case "timelinejs":
                await TimelineJsAsItWas.WriteAsync(stream, title, entries);
                break;
            case "jsonld":
                await TimelineJsonLdAsItWas.WriteAsync(stream, title, entries);
                break;
            default:
                await JsonLinesAsItWas(stream, entries);
                break;
        }
    }

    private static async Task JsonLinesAsItWas(Stream stream, IEnumerable<(TimelineEntry Entry, ExportedFacts Facts)> entries)
    {
        var options = new JsonSerializerOptions(EventJson.Options) { WriteIndented = false };
        foreach (var (entry, facts) in entries)
        {
            await JsonSerializer.SerializeAsync(stream, new { entry, facts.People, facts.Source }, options);
            await stream.WriteAsync("\n"u8.ToArray());
        }
    }
}

public static class TimelineJsAsItWas
{
    public static async Task WriteAsync(Stream stream, string title, IEnumerable<(TimelineEntry Entry, ExportedFacts Facts)> entries)
    {
        await using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("scale", "human");
        json.WriteStartObject("title");
        WriteText(json, title, "Records of the OUC Timeline, in date order.");
        json.WriteEndObject();
        json.WriteStartArray("events");
        var written = 0;
        foreach (var (entry, facts) in entries)
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
                await json.FlushAsync();
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

public static class TimelineJsonLdAsItWas
{
    public static async Task WriteAsync(Stream stream, string title, IEnumerable<(TimelineEntry Entry, ExportedFacts Facts)> entries)
    {
        await using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "ItemList");
        json.WriteString("name", title);
        json.WriteString("itemListOrder", "https://schema.org/ItemListOrderAscending");
        json.WriteStartArray("itemListElement");
        var position = 0;
        foreach (var (entry, facts) in entries)
        {
            json.WriteStartObject();
            json.WriteString("@type", "ListItem");
            json.WriteNumber("position", ++position);
            json.WriteStartObject("item");
            json.WriteString("@type", "Event");
            json.WriteString("identifier", entry.RecordId);
            json.WriteString("name", entry.Title);
            json.WriteString("additionalType", entry.Kind);
            if (Iso(entry.Date.Start) is { } start)
                json.WriteString("startDate", start);
            if (Iso(entry.Date.End) is { } end)
                json.WriteString("endDate", end);
            json.WriteStartObject("additionalProperty");
            json.WriteString("@type", "PropertyValue");
            json.WriteString("name", "edtf");
            json.WriteString("value", entry.Date.ToString());
            json.WriteString("description", entry.DateDisplay);
            json.WriteEndObject();
            json.WriteStartArray("location");
            foreach (var place in entry.Places)
                WriteNamed(json, "Place", place, null);
            foreach (var country in entry.Countries)
                WriteNamed(json, "Country", country.Name, country.Value);
            json.WriteEndArray();
            WriteInstitutions(json, "organizer", entry.Institutions.Where(IsOrganiser));
            WriteInstitutions(json, "attendee", entry.Institutions.Where(i => !IsOrganiser(i)));
            if (facts.Source.Url is { } url)
                json.WriteString("url", url);
            json.WriteEndObject();
            json.WriteEndObject();
            if (position % 200 == 0)
                await json.FlushAsync();
        }
        json.WriteEndArray();
        json.WriteNumber("numberOfItems", position);
        json.WriteEndObject();
    }

    private static bool IsOrganiser(InstitutionRef institution) => institution.Role is InstitutionRole.Host or InstitutionRole.Organiser;

    private static void WriteInstitutions(Utf8JsonWriter json, string property, IEnumerable<InstitutionRef> institutions)
    {
        json.WriteStartArray(property);
        foreach (var institution in institutions)
            WriteNamed(json, "Organization", institution.Name, institution.Id);
        json.WriteEndArray();
    }

    private static void WriteNamed(Utf8JsonWriter json, string type, string name, string? identifier)
    {
        json.WriteStartObject();
        json.WriteString("@type", type);
        json.WriteString("name", name);
        if (identifier is not null)
            json.WriteString("identifier", identifier);
        json.WriteEndObject();
    }

    /// <summary>The ISO 8601 form of a plain day (with its time, if any), month or year of 0001-9999; null where EDTF says more.</summary>
    private static string? Iso(DatePoint? point) =>
        point is { Qualifier: DateQualifier.None, Season: null, UnspecifiedYearDigits: 0, Year: >= 1 and <= 9999 } plain
        && !plain.ToString().Contains('X')
            ? plain.ToString()
            : null;
}
