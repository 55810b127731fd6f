using System.Text.Json;
using Timeline.EventStore.Serialization;
using Timeline.Projections.Records;
using Timeline.Projections.Search;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Storage;

/// <summary>What the fold writes of one record apart from its view's own columns: its JSON, its entry and its search text.</summary>
internal sealed class RecordRows
{
    public RecordRows(RecordView view)
    {
        View = view;
        var recorded = view.State.Recorded!;
        RecordedType = EventTypeMap.NameOf(recorded.GetType());
        RecordedJson = JsonSerializer.SerializeToUtf8Bytes(recorded, recorded.GetType(), EventJson.Options);
        // Until a correction, the facts are those the recorded event states: not stored a second time.
        FactsJson = view.State.Corrections == 0 ? null : JsonSerializer.SerializeToUtf8Bytes(view.Facts, EventJson.Options);
        if (!view.IsVisible)
            return;
        Entry = TimelineEntry.Of(view);
        // The entry is stored once, on the record; timeline rows only place it.
        EntryJson = JsonSerializer.SerializeToUtf8Bytes(Entry, EventJson.Options);
        Text = SearchText.Of(view);
    }

    public RecordView View { get; }
    public string RecordedType { get; }
    public byte[] RecordedJson { get; }
    public byte[]? FactsJson { get; }

    /// <summary>The entry, its JSON and its search text; null for a retracted record, which no timeline or search shows.</summary>
    public TimelineEntry? Entry { get; }
    public byte[]? EntryJson { get; }
    public SearchText? Text { get; }
}
