using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Timeline.Auditing.Proofs.Canonical;
using Timeline.Auditing.Proofs.Leaves;
using Timeline.Auditing.Proofs.Merkle;
using Timeline.Auditing.Verification;

namespace Timeline.Auditing.Tests;

/// <summary>
/// The leaf hash reads payloads with a scanner of our own, in one pass, and verify checks the sources on that pass.
/// The general way (a parsed document, as every leaf in every tree was hashed before) is the oracle: for any JSON text,
/// or text that is not JSON, both give the same leaf, and the same sources checked with the same mismatch.
/// </summary>
public class A_payload_scanned_in_one_pass_gives_the_leaf_of_the_general_way
{
    private static readonly Arbitrary<byte[]> Payloads = Arb.From(JsonTexts.Payloads);

    [Property(MaxTest = 3_000)]
    public Property Any_payload_gives_the_leaf_of_the_general_way() =>
        Prop.ForAll(Payloads, payload =>
        {
            var leaf = LeafOf(payload);
            Assert.True(Outcome(() => leaf.Hash(_ => { })) == Outcome(leaf.Hash), Encoding.UTF8.GetString(payload));
        });

    [Property(MaxTest = 3_000)]
    public Property A_payload_the_scanner_takes_has_the_canonical_bytes_of_the_parsed_payload() =>
        Prop.ForAll(Payloads, payload =>
        {
            var writer = new CanonicalWriter();
            if (writer.TryPlainObject(payload))
                Assert.Equal(Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(payload)), Encoding.UTF8.GetString(writer.Written));
        });

    [Property(MaxTest = 3_000)]
    public Property Sources_checked_on_the_scanners_pass_are_those_the_parsed_payload_has() =>
        Prop.ForAll(Payloads, payload =>
        {
            var leaf = LeafOf(payload);
            (int Checked, string? Mismatch) parsed = (0, null);
            var general = Outcome(() => leaf.Hash(element => parsed = SourceChecksums.Check(element)));
            var inspector = new SourceInspector();

            Assert.Equal(general, Outcome(() => leaf.Hash(inspector)));
            Assert.Equal(parsed, (inspector.Checked, inspector.Mismatch));
        });

    /// <summary>The properties above compare the two ways only where the scanner takes a payload: most must be taken.</summary>
    [Fact]
    public void Most_generated_payloads_are_taken_by_the_scanner_and_some_hold_sources()
    {
        var payloads = JsonTexts.Payloads.Sample(1_000, 30);
        var taken = payloads.Count(p => new CanonicalWriter().TryPlainObject(p));
        var withSources = payloads.Count(p =>
        {
            var inspector = new SourceInspector();
            return new CanonicalWriter().TryPlainObject(p, inspector) && inspector.Checked > 0;
        });

        Assert.True(taken > 300, $"{taken} of 1,000 payloads were taken by the scanner");
        Assert.True(withSources > 30, $"{withSources} of 1,000 payloads were taken with a source checked");
    }

    private static LogLeaf LeafOf(byte[] payload) =>
        new(new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"), "record-r-1", 4, "AgreementSigned.v1", DateTimeOffset.UnixEpoch.AddTicks(payload.Length * 7_919L),
            payload, "importer", Guid.Empty, Guid.Empty, payload.Length % 2 == 0 ? null : "batch-1");

    private static string Outcome(Func<byte[]> hash)
    {
        try
        {
            return TreeHash.ToHex(hash());
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException or FormatException)
        {
            return $"threw {e.GetType().Name}";
        }
    }
}
