using System.Buffers;
using System.Collections;
using System.Text.Json;

namespace Timeline.Projections.Timelines;

/// <summary>
/// A page's stored entries with the registry names each is shown with (<see cref="TimelineEntry.RegistryNames"/>;
/// null when the page names no institution). <see cref="TimelineEntriesJsonConverter"/> writes them from the stored
/// JSON, the names spliced in, without building a <see cref="TimelineEntry"/>; reading one builds it.
/// </summary>
public sealed class NamedTimelineEntries(IReadOnlyList<StoredTimelineEntry> stored, IReadOnlyList<IReadOnlyDictionary<string, string>>? names)
    : IReadOnlyList<TimelineEntry>
{
    // The name TimelineEntry.RegistryNames takes under the web naming policy the stored JSON was written with.
    private static readonly byte[] RegistryNamesMember = "registryNames"u8.ToArray();

    public int Count => stored.Count;

    public TimelineEntry this[int index] => names is null ? stored[index].Entry : stored[index].Entry with { RegistryNames = names[index] };

    public IEnumerator<TimelineEntry> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Writes the entries as the serialiser writes <see cref="TimelineEntry"/> under <paramref name="options"/>. An entry
    /// with nothing escaped is written as stored, its closing brace replaced by the registry names (the entry's last
    /// member) and the brace. One with escapes (stored under the strict encoder: an apostrophe, any non-ASCII text)
    /// is copied token by token, so each string is escaped again as <paramref name="options"/> escape it.
    /// </summary>
    public void WriteTo(Utf8JsonWriter writer, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        var spliced = new ArrayBufferWriter<byte>(4096);
        using var namesWriter = new Utf8JsonWriter(spliced, new JsonWriterOptions { Encoder = options.Encoder, SkipValidation = true });
        for (var i = 0; i < stored.Count; i++)
        {
            var json = stored[i].Json.Span;
            var named = names?[i];
            if (json.Contains((byte)'\\'))
            {
                Copy(json, writer, named, options);
            }
            else if (named is null)
            {
                writer.WriteRawValue(json, skipInputValidation: true);
            }
            else
            {
                spliced.ResetWrittenCount();
                namesWriter.Reset();
                spliced.Write(json[..^1]);
                spliced.Write(","u8);
                WriteNames(namesWriter, named, options);
                namesWriter.Flush();
                spliced.Write("}"u8);
                writer.WriteRawValue(spliced.WrittenSpan, skipInputValidation: true);
            }
        }
        writer.WriteEndArray();
    }

    private static void Copy(ReadOnlySpan<byte> json, Utf8JsonWriter writer, IReadOnlyDictionary<string, string>? named, JsonSerializerOptions options)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    writer.WriteStartObject();
                    break;
                case JsonTokenType.EndObject:
                    if (reader.CurrentDepth == 0 && named is not null)
                        WriteNames(writer, named, options);
                    writer.WriteEndObject();
                    break;
                case JsonTokenType.StartArray:
                    writer.WriteStartArray();
                    break;
                case JsonTokenType.EndArray:
                    writer.WriteEndArray();
                    break;
                case JsonTokenType.PropertyName when reader.ValueIsEscaped:
                    writer.WritePropertyName(reader.GetString()!);
                    break;
                case JsonTokenType.PropertyName:
                    writer.WritePropertyName(reader.ValueSpan);
                    break;
                case JsonTokenType.String when reader.ValueIsEscaped:
                    writer.WriteStringValue(reader.GetString());
                    break;
                case JsonTokenType.String:
                    writer.WriteStringValue(reader.ValueSpan);
                    break;
                case JsonTokenType.Number:
                    writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                    break;
                case JsonTokenType.True or JsonTokenType.False:
                    writer.WriteBooleanValue(reader.GetBoolean());
                    break;
                case JsonTokenType.Null:
                    writer.WriteNullValue();
                    break;
            }
        }
    }

    private static void WriteNames(Utf8JsonWriter writer, IReadOnlyDictionary<string, string> named, JsonSerializerOptions options)
    {
        writer.WritePropertyName(RegistryNamesMember);
        writer.WriteStartObject();
        foreach (var (id, name) in named)
            writer.WriteString(options.DictionaryKeyPolicy?.ConvertName(id) ?? id, name);
        writer.WriteEndObject();
    }
}
