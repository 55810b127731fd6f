using Timeline.Contracts;
using Timeline.Domain.Records;
using Timeline.EventStore.Serialization;

namespace Timeline.Api.Messaging.Forwarding;

/// <summary>The integration message for one record event, given the record's state once that event is applied.</summary>
public static class IntegrationMessages
{
    public static object? For(EventEnvelope envelope, RecordState state)
    {
        var stored = envelope.Stored;
        var by = stored.Metadata.RecordedBy;
        return envelope.Event switch
        {
            IActivityRecorded => new RecordRecordedV1(state.Id!, state.Kind!.Value.ToString(), state.Facts!.Date.ToString(), state.Facts.Title,
                state.Facts.Institutions.Select(i => i.Id).ToList(), state.Facts.AllCountries().Select(c => c.Value).ToList(),
                stored.Revision, stored.Position, stored.RecordedAt, by),
            RecordCorrected corrected => new RecordCorrectedV1(state.Id!, state.Kind!.Value.ToString(), state.Facts!.Date.ToString(), state.Facts.Title,
                state.Facts.Institutions.Select(i => i.Id).ToList(), state.Facts.AllCountries().Select(c => c.Value).ToList(),
                corrected.Reason, stored.Revision, stored.Position, stored.RecordedAt, by),
            RecordRetracted retracted => new RecordRetractedV1(state.Id!, retracted.Reason, stored.Revision, stored.Position, stored.RecordedAt, by),
            RecordReviewed reviewed => new RecordReviewedV1(state.Id!, ReviewVerdicts.NameOf(reviewed.Verdict), reviewed.Note,
                stored.Revision, stored.Position, stored.RecordedAt, by),
            _ => null,
        };
    }
}
