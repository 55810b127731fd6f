using System.Text;
using System.Text.Json;
using Timeline.Domain.Dates;
using Timeline.EventStore.Serialization;

namespace Timeline.Projections.Timelines;

/// <summary>
/// A timeline entry as the fold stored it: its JSON, written as it is into an answer, and where it sits on the timeline.
/// <see cref="Entry"/> turns it into a <see cref="TimelineEntry"/> only for a caller that needs the object.
/// </summary>
public sealed class StoredTimelineEntry(byte[] json, long sortKey, long position)
{
    private static readonly byte[] InstitutionsProperty = Encoding.UTF8.GetBytes("institutions");
    private static readonly byte[] IdProperty = Encoding.UTF8.GetBytes("id");
    private static readonly byte[] IdMember = "\"id\":\""u8.ToArray();
    private TimelineEntry? _entry;

    /// <summary>The entry serialised with <see cref="EventJson.Options"/>, without registry names.</summary>
    public ReadOnlyMemory<byte> Json => json;

    public TimelineCursor Cursor { get; } = new(sortKey, position);

    /// <summary>The <see cref="HistoricalDate.EarliestKey"/> of the entry's date, from the sort key the timeline row keeps.</summary>
    public int? EarliestKey => sortKey == HistoricalDate.UnknownSortKey ? null : (int)sortKey;

    public TimelineEntry Entry => _entry ??= JsonSerializer.Deserialize<TimelineEntry>(json, EventJson.Options)!;

    /// <summary>
    /// The ids of the institutions the entry names, in its order, found in the JSON without reading it token by token.
    /// Every quote inside a stored string is escaped, so <c>"id":"</c> only ever begins the value of a member named
    /// <c>id</c>, and in an entry only its institutions have one; an id holding an escape is read by the JSON reader.
    /// </summary>
    public IReadOnlyList<string> InstitutionIds()
    {
        var ids = new List<string>(4);
        var rest = json.AsSpan();
        while (rest.IndexOf(IdMember) is var at and >= 0)
        {
            rest = rest[(at + IdMember.Length)..];
            var id = rest[..rest.IndexOf((byte)'"')];
            if (id.Contains((byte)'\\'))
                return ReadInstitutionIds();
            ids.Add(Encoding.UTF8.GetString(id));
            rest = rest[(id.Length + 1)..];
        }
        return ids;
    }

    private List<string> ReadInstitutionIds()
    {
        var ids = new List<string>(4);
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isInstitutions = reader.ValueTextEquals(InstitutionsProperty);
            reader.Read();
            if (!isInstitutions)
            {
                reader.Skip();
                continue;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isId = reader.ValueTextEquals(IdProperty);
                    reader.Read();
                    if (isId)
                        ids.Add(reader.GetString()!);
                    else
                        reader.Skip();
                }
            }
            break;
        }
        return ids;
    }
}
