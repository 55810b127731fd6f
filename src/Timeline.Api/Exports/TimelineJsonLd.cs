using System.Text.Json;
using Timeline.Domain.Dates;
using Timeline.Domain.Institutions;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Exports;

/// <summary>
/// schema.org JSON-LD: an <c>ItemList</c> of <c>Event</c>s in date order. startDate and endDate are ISO 8601 where
/// the date is one (a plain day, month or year); the EDTF itself always travels as a <c>PropertyValue</c> named "edtf".
/// Hosts and organisers are the organizer, every other institution an attendee.
/// </summary>
public static class TimelineJsonLd
{
    public static async Task WriteAsync(Stream stream, string title, IAsyncEnumerable<ExportedEntry> entries, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "ItemList");
        json.WriteString("name", title);
        json.WriteString("itemListOrder", "https://schema.org/ItemListOrderAscending");
        json.WriteStartArray("itemListElement");
        var position = 0;
        await foreach (var (entry, facts) in entries.WithCancellation(cancellationToken))
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
                await json.FlushAsync(cancellationToken);
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
