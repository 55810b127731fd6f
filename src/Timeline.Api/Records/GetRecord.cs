using System.Text.Json;
using System.Text.Json.Serialization;
using MediatR;
using Timeline.Domain.Records;
using Timeline.EventStore.Serialization;

namespace Timeline.Api.Records;

/// <summary>
/// A record's current state and its whole history: the audit trail. With <see cref="AsOf"/>, the record as it
/// was known then: only the events recorded by that time.
/// </summary>
public sealed record GetRecordQuery(string RecordId, DateTimeOffset? AsOf = null) : IRequest<RecordDocument?>;

public sealed record RecordDocument(
    string RecordId,
    string Kind,
    long Revision,
    string Status,
    string? RetractionReason,
    int Corrections,
    int Reviews,
    // Always present, null before the first review, so a page can test it without guessing.
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] LastReview? LastReview,
    ActivityFacts Facts,
    JsonElement Recorded,
    IReadOnlyList<HistoryEntry> History)
{
    /// <summary>The date as people read it, so pages never format EDTF themselves.</summary>
    public string DateDisplay => Facts.Date.Display;
}

/// <summary>The latest review of a record: the verdict and note from the event, who and when from its metadata.</summary>
public sealed record LastReview(string Verdict, string? Note, string ReviewedBy, DateTimeOffset ReviewedAt);

/// <summary>One stored event with everything the store knows of it.</summary>
public sealed record HistoryEntry(
    Guid EventId,
    string Type,
    long Revision,
    long Position,
    DateTimeOffset RecordedAt,
    string RecordedBy,
    Guid CorrelationId,
    Guid CausationId,
    string? ImportBatch,
    JsonElement Data)
{
    public static HistoryEntry Of(Timeline.EventStore.StoredEvent stored)
    {
        using var data = JsonDocument.Parse(stored.Data);
        return new HistoryEntry(stored.EventId, stored.Type, stored.Revision, stored.Position, stored.RecordedAt,
            stored.Metadata.RecordedBy, stored.Metadata.CorrelationId, stored.Metadata.CausationId,
            stored.Metadata.ImportBatch, data.RootElement.Clone());
    }
}

public sealed class GetRecordHandler(RecordWriter records) : IRequestHandler<GetRecordQuery, RecordDocument?>
{
    public async Task<RecordDocument?> Handle(GetRecordQuery request, CancellationToken cancellationToken)
    {
        if (!RecordIds.IsValid(request.RecordId))
            return null;
        var (state, revision, history) = await records.LoadAsync(request.RecordId, cancellationToken);
        if (request.AsOf is { } asOf)
        {
            history = history.Where(e => e.Stored.RecordedAt <= asOf).ToList();
            state = RecordState.Fold(history.Select(e => e.Event));
            revision = history.Count == 0 ? -1 : history[^1].Revision;
        }
        if (!state.Exists)
            return null;
        var reviews = history.Where(e => e.Event is RecordReviewed).ToList();
        var lastReview = reviews.Count == 0 ? null : LastOf(reviews[^1]);
        var recorded = JsonSerializer.SerializeToElement(state.Recorded, state.Recorded!.GetType(), EventJson.Options);
        return new RecordDocument(
            state.Id!,
            state.Kind!.Value.ToString(),
            revision,
            state.Retracted ? "retracted" : "active",
            state.RetractionReason,
            state.Corrections,
            reviews.Count,
            lastReview,
            state.Facts!,
            recorded,
            history.Select(ToEntry).ToList());
    }

    private static LastReview LastOf(EventEnvelope envelope)
    {
        var review = (RecordReviewed)envelope.Event;
        return new LastReview(ReviewVerdicts.NameOf(review.Verdict), review.Note, envelope.Stored.Metadata.RecordedBy, envelope.Stored.RecordedAt);
    }

    private static HistoryEntry ToEntry(EventEnvelope envelope) => HistoryEntry.Of(envelope.Stored);
}
