using System.Text.Json;
using System.Text.Json.Serialization;

namespace Timeline.Projections.Timelines;

/// <summary>
/// A page's entries as JSON: <see cref="NamedTimelineEntries"/> from their stored JSON, any other list entry by entry.
/// The declared type stays a list of <see cref="TimelineEntry"/>, so the API's description of an entry is unchanged.
/// </summary>
public sealed class TimelineEntriesJsonConverter : JsonConverter<IReadOnlyList<TimelineEntry>>
{
    public override IReadOnlyList<TimelineEntry>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<List<TimelineEntry>>(ref reader, options);

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<TimelineEntry> value, JsonSerializerOptions options)
    {
        // Stored entries are compact JSON: an indented answer is written entry by entry.
        if (value is NamedTimelineEntries stored && !options.WriteIndented)
            stored.WriteTo(writer, options);
        else
            JsonSerializer.Serialize(writer, value.ToList(), options);
    }
}
