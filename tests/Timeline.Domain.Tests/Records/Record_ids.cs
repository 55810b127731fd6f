using System.Text;
using Timeline.Domain.Records;
using Timeline.Domain.Sources;

namespace Timeline.Domain.Tests.Records;

public class Record_ids
{
    private static Source Paragraph(int index, string? documentId = "ec6771428d4d6347", string? url = null, string text = "Some text.") =>
        new(documentId, url, index, text, Source.HashOf(text), null);

    [Fact]
    public void A_record_id_from_a_source_is_the_same_every_time() =>
        Assert.Equal(RecordIds.FromSource(Paragraph(3)), RecordIds.FromSource(Paragraph(3)));

    [Fact]
    public void Different_paragraphs_of_one_announcement_give_different_record_ids() =>
        Assert.Equal(10, Enumerable.Range(0, 10).Select(i => RecordIds.FromSource(Paragraph(i))).Distinct().Count());

    [Fact]
    public void The_same_paragraph_of_different_announcements_gives_different_record_ids() =>
        Assert.NotEqual(RecordIds.FromSource(Paragraph(1, "page-a")), RecordIds.FromSource(Paragraph(1, "page-b")));

    [Fact]
    public void Without_a_document_id_the_url_and_paragraph_identify_the_record()
    {
        var url = "https://example.org/news/1";

        Assert.Equal(RecordIds.FromSource(Paragraph(1, null, url)), RecordIds.FromSource(Paragraph(1, null, url)));
        Assert.NotEqual(RecordIds.FromSource(Paragraph(1, null, url)), RecordIds.FromSource(Paragraph(2, null, url)));
    }

    [Fact]
    public void Without_a_paragraph_index_the_text_hash_identifies_the_record()
    {
        Source Unplaced(string text) => new("page-a", null, null, text, Source.HashOf(text), null);

        Assert.Equal(RecordIds.FromSource(Unplaced("First.")), RecordIds.FromSource(Unplaced("First.")));
        Assert.NotEqual(RecordIds.FromSource(Unplaced("First.")), RecordIds.FromSource(Unplaced("Second.")));
    }

    [Fact]
    public void A_record_id_from_a_source_is_a_valid_record_id() =>
        Assert.True(RecordIds.IsValid(RecordIds.FromSource(Paragraph(0))));

    [Fact]
    public void A_record_lives_on_its_own_stream() =>
        Assert.Equal("record-abc-123", RecordIds.StreamOf("abc-123"));

    [Theory]
    [InlineData("a")]
    [InlineData("0")]
    [InlineData("abc-123")]
    [InlineData("a1b2c3d4e5f6a7b8c9d0e1f2")]
    public void Lower_case_letters_digits_and_inner_hyphens_make_a_valid_record_id(string recordId) =>
        Assert.True(RecordIds.IsValid(recordId));

    [Fact]
    public void A_record_id_has_at_most_64_characters()
    {
        Assert.True(RecordIds.IsValid(new string('a', 64)));
        Assert.False(RecordIds.IsValid(new string('a', 65)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-abc")]
    [InlineData("ABC")]
    [InlineData("a_b")]
    [InlineData("a b")]
    [InlineData("a/b")]
    [InlineData("é")]
    [InlineData("abc\n")]
    public void Anything_else_is_not_a_valid_record_id(string? recordId) =>
        Assert.False(RecordIds.IsValid(recordId));

    [Fact]
    public void An_event_id_is_the_same_for_the_same_stream_revision_and_payload() =>
        Assert.Equal(EventId("record-a", 0, "{}"), EventId("record-a", 0, "{}"));

    [Fact]
    public void An_event_id_differs_when_the_revision_the_payload_or_the_stream_differs()
    {
        var ids = new[]
        {
            EventId("record-a", 0, "{\"reason\":\"x\"}"),
            EventId("record-a", 1, "{\"reason\":\"x\"}"),
            EventId("record-a", 0, "{\"reason\":\"y\"}"),
            EventId("record-b", 0, "{\"reason\":\"x\"}"),
        };

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void An_event_id_is_a_version_8_RFC_9562_uuid()
    {
        var text = EventId("record-a", 0, "{}").ToString("D");

        Assert.Equal('8', text[14]);
        Assert.Contains(text[19], "89ab");
    }

    private static Guid EventId(string stream, long revision, string payload) =>
        RecordIds.EventId(stream, revision, Encoding.UTF8.GetBytes(payload));
}
