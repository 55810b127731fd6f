using System.Text;
using System.Text.Json;
using Timeline.Auditing.Proofs.Leaves;
using Timeline.Auditing.Proofs.Merkle;

namespace Timeline.Auditing.Tests;

/// <summary>
/// Leaves are hashed from canonical bytes written by hand for speed; the leaf document, canonicalised the general way,
/// is what outsiders recompute. Every kind of payload must give both the same bytes, or old trees would stop verifying.
/// </summary>
public class A_leaf_written_directly_matches_its_document
{
    public static TheoryData<string> Payloads() => new()
    {
        """{"recordId":"r-1","title":"Cooperation agreement signed","date":{"edtf":"2018-12-17"},"institutions":[{"id":"ouc","role":"host"}]}""",
        """{ "z" : 1.50, "a" : [ true, false, null, -0, 1e21, 0.0000001 ], "m" : { } }""",
        """{"text":"Caf\u00e9 \"quoted\" \\ back\nline \u0001 \ud83d\ude00","plain":"é € 😀 unescaped","slash":"a\/b"}""",
        """["an array", 2, {"b":1,"a":2}]""",
        """{"n":[0,-0,-12,10,123456789012345,1234567890123456,-999999999999999,9007199254740993,1.0,1E2]}""",
        """{"é":1,"e":{"z":1,"Z":2},"\u0065\u0301":3,"a b":4,"~":5}""",
        "\"a bare string\"",
        "42",
        "null",
        """{"a":1,"a":2}""",
        "not json at all",
        "{\"cut\":\"off",
        "",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Both_ways_give_the_same_bytes_and_hash(string payload)
    {
        foreach (var importBatch in new[] { null, "batch \"7\"" })
        {
            var leaf = new LogLeaf(Guid.NewGuid(), "record-\u00e9\t1", 3, "AgreementSigned.v1", new DateTimeOffset(2024, 7, 20, 8, 1, 2, 345, TimeSpan.FromHours(8)),
                Encoding.UTF8.GetBytes(payload), "importer", Guid.NewGuid(), Guid.NewGuid(), importBatch);

            var byDocument = LogLeaf.CanonicalBytesOf(leaf.ToDocument());

            Assert.Equal(Encoding.UTF8.GetString(byDocument), Encoding.UTF8.GetString(leaf.CanonicalBytes()));
            Assert.Equal(TreeHash.Leaf(byDocument), leaf.Hash());
        }
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Looking_at_the_payload_while_hashing_changes_nothing_and_shows_the_parsed_payload(string payload)
    {
        var leaf = new LogLeaf(Guid.NewGuid(), "record-1", 3, "AgreementSigned.v1", DateTimeOffset.UnixEpoch, Encoding.UTF8.GetBytes(payload),
            "importer", Guid.NewGuid(), Guid.NewGuid(), null);
        string? seen = null;

        var hash = leaf.Hash(element => seen = element.GetRawText());

        Assert.Equal(TreeHash.Leaf(LogLeaf.CanonicalBytesOf(leaf.ToDocument())), hash);
        Assert.Equal(ParsesAsJson(payload) ? payload.Trim() : null, seen);
    }

    private static bool ParsesAsJson(string payload)
    {
        try
        {
            using var _ = JsonDocument.Parse(payload);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [Theory]
    [InlineData(1, 1, 1, 0, 0, 0, 0)]
    [InlineData(987, 6, 5, 4, 3, 2, 1)]
    [InlineData(9999, 12, 31, 23, 59, 59, 999)]
    public void Any_recorded_time_is_written_as_the_document_writes_it(int year, int month, int day, int hour, int minute, int second, int millisecond)
    {
        var leaf = new LogLeaf(Guid.NewGuid(), "record-1", long.MaxValue, "T.v1", new DateTimeOffset(year, month, day, hour, minute, second, millisecond, TimeSpan.Zero),
            "{}"u8.ToArray(), "someone", Guid.NewGuid(), Guid.NewGuid(), null);

        Assert.Equal(Encoding.UTF8.GetString(LogLeaf.CanonicalBytesOf(leaf.ToDocument())), Encoding.UTF8.GetString(leaf.CanonicalBytes()));
    }

    [Fact]
    public void A_payload_that_is_not_UTF8_is_kept_as_base64_both_ways()
    {
        var leaf = new LogLeaf(Guid.NewGuid(), "record-1", 0, "T.v1", DateTimeOffset.UnixEpoch, new byte[] { 0x7b, 0xff, 0xfe, 0x7d }, "someone",
            Guid.Empty, Guid.Empty, null);

        Assert.Equal(LogLeaf.CanonicalBytesOf(leaf.ToDocument()), leaf.CanonicalBytes());
        Assert.Contains("dataBase64", Encoding.UTF8.GetString(leaf.CanonicalBytes()));
    }
}
