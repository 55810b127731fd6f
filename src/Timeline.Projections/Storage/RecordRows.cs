using System.Text.Json;
using Timeline.Domain.Records;
using Timeline.EventStore.Serialization;
using Timeline.Projections.Records;
using Timeline.Projections.Search;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Storage;

/// <summary>
/// What the fold writes of one record that needs nothing from the read model to build: its JSON, its entry and its
/// search text. The bulk fold builds these for each record's first event on the thread that decodes the log, so
/// the thread writing SQLite only writes them; either thread builds the same values from the same view.
/// </summary>
public sealed class RecordRows
{
    private RecordRows(RecordView view, string recordedType, byte[] recordedJson)
    {
        View = view;
        RecordedType = recordedType;
        RecordedJson = recordedJson;
        // Until a correction, the facts are those the recorded event states: not stored a second time.
        FactsJson = view.State.Corrections == 0 ? null : JsonSerializer.SerializeToUtf8Bytes(view.Facts, EventJson.Options);
        if (!view.IsVisible)
            return;
        Entry = TimelineEntry.Of(view);
        // The entry is stored once, on the record; timeline rows only place it.
        EntryJson = JsonSerializer.SerializeToUtf8Bytes(Entry, EventJson.Options);
        Text = SearchText.Of(view);
    }

    /// <summary>The view these rows are of.</summary>
    public RecordView View { get; }

    public string RecordedType { get; }
    public byte[] RecordedJson { get; }
    public byte[]? FactsJson { get; }

    /// <summary>The entry, its JSON and its search text; null for a retracted record, which no timeline or search shows.</summary>
    public TimelineEntry? Entry { get; }
    public byte[]? EntryJson { get; }
    public SearchText? Text { get; }

    /// <summary>
    /// The rows of <paramref name="view"/>: <paramref name="prepared"/> when it was built from this very view, else
    /// built now, reusing its recorded event's JSON when the view still holds the same recorded event.
    /// </summary>
    public static RecordRows Of(RecordView view, RecordRows? prepared = null)
    {
        if (prepared is not null && ReferenceEquals(prepared.View, view))
            return prepared;
        var recorded = view.State.Recorded!;
        return prepared is not null && ReferenceEquals(prepared.View.State.Recorded, recorded)
            ? new RecordRows(view, prepared.RecordedType, prepared.RecordedJson)
            : new RecordRows(view, EventTypeMap.NameOf(recorded.GetType()), JsonSerializer.SerializeToUtf8Bytes(recorded, recorded.GetType(), EventJson.Options));
    }

    /// <summary>The rows of the record a recorded event starts, or null for any other event.</summary>
    public static RecordRows? OfFirst(EventEnvelope envelope) =>
        envelope.Event is IActivityRecorded && RecordView.Evolve(null, envelope) is { } view ? Of(view) : null;
}
