using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Timeline.Projections.Timelines;

/// <summary>A text read from stored JSON as UTF-8, unescaped; <see cref="IsNull"/> when the member was absent or null.</summary>
public readonly struct Utf8Text(byte[]? bytes, int start, int length)
{
    public bool IsNull => bytes is null;

    public ReadOnlySpan<byte> Span => bytes.AsSpan(start, length);
}

/// <summary>An institution as an export shows it: its id, the name its source used, and whether it hosts or organises.</summary>
public readonly record struct ExportedInstitution(Utf8Text Id, Utf8Text Name, bool IsOrganiser);

/// <summary>
/// The cells of one exported entry, read with <see cref="Utf8JsonReader"/> from the entry's stored JSON and its record's
/// facts: each text is the stored value's own bytes, or where it holds an escape its unescaped UTF-8 in a buffer kept
/// from row to row. No entry, facts or string is made, so one instance reads a whole export, row after row.
/// The stored JSON is what the serialiser wrote (every lone surrogate already U+FFFD), so the UTF-8 here is what
/// encoding the deserialised strings would give.
/// </summary>
/// <remarks>
/// The readers here, and each format's per-row writing, are compiled optimised on first use: left to tiering, a new
/// service ran them unoptimised through its first export and instrumented through its second, while the deserialiser
/// they replace comes precompiled.
/// </remarks>
public sealed class ExportRow
{
    private byte[] _unescaped = new byte[1024];
    private int _unescapedLength;

    public ReadOnlyMemory<byte> EntryJson { get; private set; }
    public Utf8Text RecordId { get; private set; }
    public Utf8Text Kind { get; private set; }
    public Utf8Text Date { get; private set; }
    public Utf8Text DateDisplay { get; private set; }
    public Utf8Text Title { get; private set; }
    public List<ExportedInstitution> Institutions { get; } = [];
    public List<Utf8Text> InstitutionNames { get; } = [];
    public List<Utf8Text> Countries { get; } = [];
    public List<Utf8Text> Places { get; } = [];
    public long Revision { get; private set; }
    public int Corrections { get; private set; }

    /// <summary>The facts' people, as the stored array, and their names.</summary>
    public ReadOnlyMemory<byte> PeopleJson { get; private set; }
    public List<Utf8Text> People { get; } = [];

    /// <summary>The facts' source, as the stored object, and the parts an export shows of it.</summary>
    public ReadOnlyMemory<byte> SourceJson { get; private set; }
    public Utf8Text Url { get; private set; }
    public Utf8Text DocumentId { get; private set; }
    public int? ParagraphIndex { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ExportRow Read(ExportedEntry stored)
    {
        _unescapedLength = 0;
        ReadEntry(stored.EntryJson);
        ReadFacts(stored.FactsJson, stored.FactsInEvent);
        return this;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadEntry(byte[] json)
    {
        EntryJson = json;
        (RecordId, Kind, Date, DateDisplay, Title, Revision, Corrections) = (default, default, default, default, default, 0, 0);
        Institutions.Clear();
        InstitutionNames.Clear();
        Countries.Clear();
        Places.Clear();
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            reader.Read();
            if (name.SequenceEqual("recordId"u8))
                RecordId = Text(ref reader, json);
            else if (name.SequenceEqual("kind"u8))
                Kind = Text(ref reader, json);
            else if (name.SequenceEqual("date"u8))
                Date = Text(ref reader, json);
            else if (name.SequenceEqual("dateDisplay"u8))
                DateDisplay = Text(ref reader, json);
            else if (name.SequenceEqual("title"u8))
                Title = Text(ref reader, json);
            else if (name.SequenceEqual("institutions"u8))
                ReadInstitutions(ref reader, json);
            else if (name.SequenceEqual("countries"u8))
                Texts(ref reader, json, Countries);
            else if (name.SequenceEqual("places"u8))
                Texts(ref reader, json, Places);
            else if (name.SequenceEqual("revision"u8))
                Revision = reader.GetInt64();
            else if (name.SequenceEqual("corrections"u8))
                Corrections = reader.GetInt32();
            else
                reader.Skip();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadInstitutions(ref Utf8JsonReader reader, byte[] json)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
            return;
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            Utf8Text id = default, name = default;
            var organiser = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var member = reader.ValueSpan;
                reader.Read();
                if (member.SequenceEqual("id"u8))
                    id = Text(ref reader, json);
                else if (member.SequenceEqual("name"u8))
                    name = Text(ref reader, json);
                else if (member.SequenceEqual("role"u8))
                    organiser = reader.ValueTextEquals("host"u8) || reader.ValueTextEquals("organiser"u8);
                else
                    reader.Skip();
            }
            Institutions.Add(new ExportedInstitution(id, name, organiser));
            InstitutionNames.Add(name);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadFacts(byte[] json, bool inEvent)
    {
        (PeopleJson, SourceJson, Url, DocumentId, ParagraphIndex) = (default, default, default, default, null);
        People.Clear();
        var reader = new Utf8JsonReader(json);
        reader.Read();
        if (inEvent)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && !reader.ValueTextEquals("facts"u8))
            {
                reader.Read();
                reader.Skip();
            }
            if (reader.TokenType != JsonTokenType.PropertyName || !reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            if (reader.TokenType == JsonTokenType.Null)
                continue;
            if (name.SequenceEqual("people"u8))
            {
                ReadPeople(ref reader, json);
                PeopleJson = json.AsMemory(start, (int)reader.BytesConsumed - start);
            }
            else if (name.SequenceEqual("source"u8))
            {
                ReadSource(ref reader, json);
                SourceJson = json.AsMemory(start, (int)reader.BytesConsumed - start);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadPeople(ref Utf8JsonReader reader, byte[] json)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            Utf8Text name = default;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isName = reader.ValueTextEquals("name"u8);
                reader.Read();
                if (isName)
                    name = Text(ref reader, json);
                else
                    reader.Skip();
            }
            People.Add(name);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadSource(ref Utf8JsonReader reader, byte[] json)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            reader.Read();
            if (name.SequenceEqual("url"u8))
                Url = Text(ref reader, json);
            else if (name.SequenceEqual("documentId"u8))
                DocumentId = Text(ref reader, json);
            else if (name.SequenceEqual("paragraphIndex"u8))
                ParagraphIndex = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32();
            else
                reader.Skip();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Texts(ref Utf8JsonReader reader, byte[] json, List<Utf8Text> texts)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
            return;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            texts.Add(Text(ref reader, json));
    }

    /// <summary>The string at the reader: its bytes in <paramref name="json"/>, or unescaped into the kept buffer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Utf8Text Text(ref Utf8JsonReader reader, byte[] json)
    {
        if (reader.TokenType == JsonTokenType.Null)
            return default;
        if (!reader.ValueIsEscaped)
            return new Utf8Text(json, (int)reader.TokenStartIndex + 1, reader.ValueSpan.Length);
        // Unescaped text is never longer than its escaped form. Texts read before keep the buffer they point into.
        if (_unescaped.Length - _unescapedLength < reader.ValueSpan.Length)
            (_unescaped, _unescapedLength) = (new byte[Math.Max(_unescaped.Length * 2, reader.ValueSpan.Length)], 0);
        var start = _unescapedLength;
        _unescapedLength += reader.CopyString(_unescaped.AsSpan(start));
        return new Utf8Text(_unescaped, start, _unescapedLength - start);
    }
}
