using System.Text;
using Timeline.Domain.Records;
using Timeline.Domain.Tests.Records;
using Timeline.EventStore;
using Timeline.EventStore.Serialization;

namespace Timeline.Domain.Tests.Serialization;

public class Stored_event_round_trips
{
    private static readonly EventMetadata Metadata = new("historian@ouc", Guid.NewGuid(), Guid.NewGuid(), "batch-1");

    [Fact]
    public void There_is_an_example_of_every_stored_event_type() =>
        Assert.Equal(EventTypeMap.Names.Order(StringComparer.Ordinal), OneEventOfEachType.ByStoredName.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(OneEventOfEachType.StoredNames), MemberType = typeof(OneEventOfEachType))]
    public void An_event_read_back_from_its_stored_form_is_the_event_written(string storedName)
    {
        var written = OneEventOfEachType.ByStoredName[storedName];
        var stored = new StoredEvent(Guid.NewGuid(), storedName, RecordIds.StreamOf(written.RecordId), 3, 42,
            new DateTimeOffset(2024, 7, 21, 8, 30, 0, TimeSpan.Zero), RecordEventSerializer.Serialize(written), Metadata);

        var envelope = RecordEventSerializer.ToEnvelope(stored);

        Assert.NotNull(envelope);
        Assert.IsType(written.GetType(), envelope.Event);
        Assert.Equal(Spec.Describe(written), Spec.Describe(envelope.Event));
        Assert.Same(stored, envelope.Stored);
        Assert.Equal(42, envelope.Position);
        Assert.Equal(3, envelope.Revision);
    }

    [Fact]
    public void An_event_of_a_type_this_service_does_not_know_is_passed_over()
    {
        var stored = new StoredEvent(Guid.NewGuid(), "InvoicePaid.v1", "invoice-1", 0, 1, DateTimeOffset.UnixEpoch,
            Encoding.UTF8.GetBytes("{}"), Metadata);

        Assert.Null(RecordEventSerializer.ToEnvelope(stored));
    }

    [Fact]
    public void An_event_to_append_gets_its_stored_name_and_an_id_derived_from_its_content_and_place()
    {
        var signing = Samples.Signing();
        var stream = RecordIds.StreamOf(signing.RecordId);

        var data = RecordEventSerializer.ToEventData(signing, stream, 0, Metadata);

        Assert.Equal("AgreementSigned.v1", data.Type);
        Assert.Equal(RecordIds.EventId(stream, 0, data.Data.Span), data.EventId);
        Assert.Equal(data.EventId, RecordEventSerializer.ToEventData(Samples.Signing(), stream, 0, Metadata).EventId);
        Assert.NotEqual(data.EventId, RecordEventSerializer.ToEventData(signing, stream, 1, Metadata).EventId);
        Assert.Same(Metadata, data.Metadata);
    }

    [Fact]
    public void A_stored_correction_holds_only_the_facts_it_changes() =>
        Assert.Equal(
            """{"recordId":"a1b2c3d4e5f6a7b8c9d0e1f2","changes":{"date":"2018-12-18"},"reason":"The ceremony was the next day."}""",
            Encoding.UTF8.GetString(RecordEventSerializer.Serialize(Samples.DateCorrected())));

    [Fact]
    public void Stored_events_hold_dates_as_EDTF_countries_as_ISO_codes_and_enums_in_camel_case()
    {
        var json = Encoding.UTF8.GetString(RecordEventSerializer.Serialize(OneEventOfEachType.ByStoredName["DelegationVisited.v1"]));

        Assert.Contains("\"date\":\"2019-12-24/2019-12-28\"", json);
        Assert.Contains("\"country\":\"KZ\"", json);
        Assert.Contains("\"direction\":\"outbound\"", json);
        Assert.Contains("\"role\":\"inviter\"", json);
        Assert.DoesNotContain("\"leader\"", json);
    }
}
