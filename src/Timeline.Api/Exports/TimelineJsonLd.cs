using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Timeline.Domain.Countries;
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
        var (row, dates, countries) = (new ExportRow(), new ExportDates(), new CountryNames());
        var position = 0;
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            WriteItem(json, row.Read(entry), dates, countries, ++position);
            if (position % 200 == 0)
                await json.FlushAsync(cancellationToken);
        }
        json.WriteEndArray();
        json.WriteNumber("numberOfItems", position);
        json.WriteEndObject();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteItem(Utf8JsonWriter json, ExportRow row, ExportDates dates, CountryNames countries, int position)
    {
        var date = dates.Of(row.Date.Span);
        json.WriteStartObject();
        json.WriteString("@type", "ListItem");
        json.WriteNumber("position", position);
        json.WriteStartObject("item");
        json.WriteString("@type", "Event");
        json.WriteString("identifier", row.RecordId.Span);
        json.WriteString("name", row.Title.Span);
        json.WriteString("additionalType", row.Kind.Span);
        if (date.IsoStart is { } start)
            json.WriteString("startDate", start);
        if (date.IsoEnd is { } end)
            json.WriteString("endDate", end);
        json.WriteStartObject("additionalProperty");
        json.WriteString("@type", "PropertyValue");
        json.WriteString("name", "edtf");
        json.WriteString("value", date.Edtf);
        json.WriteString("description", row.DateDisplay.Span);
        json.WriteEndObject();
        json.WriteStartArray("location");
        foreach (var place in row.Places)
            WriteNamed(json, "Place", place.Span, []);
        foreach (var country in row.Countries)
            WriteNamed(json, "Country", countries.NameOf(country.Span), country.Span);
        json.WriteEndArray();
        WriteInstitutions(json, "organizer", row.Institutions, organisers: true);
        WriteInstitutions(json, "attendee", row.Institutions, organisers: false);
        if (!row.Url.IsNull)
            json.WriteString("url", row.Url.Span);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInstitutions(Utf8JsonWriter json, string property, List<ExportedInstitution> institutions, bool organisers)
    {
        json.WriteStartArray(property);
        foreach (var institution in institutions)
            if (institution.IsOrganiser == organisers)
                WriteNamed(json, "Organization", institution.Name.Span, institution.Id.Span);
        json.WriteEndArray();
    }

    /// <summary>A named thing; its identifier left out when empty (places have none; ids and codes are never empty).</summary>
    private static void WriteNamed(Utf8JsonWriter json, string type, ReadOnlySpan<byte> name, ReadOnlySpan<byte> identifier)
    {
        json.WriteStartObject();
        json.WriteString("@type", type);
        json.WriteString("name", name);
        if (!identifier.IsEmpty)
            json.WriteString("identifier", identifier);
        json.WriteEndObject();
    }
}

/// <summary>Countries' names as UTF-8 by their stored codes, each looked up once an export.</summary>
internal sealed class CountryNames
{
    private readonly Dictionary<int, byte[]> _names = [];

    public ReadOnlySpan<byte> NameOf(ReadOnlySpan<byte> code)
    {
        var key = code.Length == 2 ? code[0] << 8 | code[1] : -1;
        if (key >= 0 && _names.TryGetValue(key, out var known))
            return known;
        var name = Encoding.UTF8.GetBytes(CountryCode.Parse(Encoding.UTF8.GetString(code)).Name);
        if (key >= 0)
            _names[key] = name;
        return name;
    }
}
