using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Timeline.Auditing.Proofs.Canonical;
using Timeline.Auditing.Proofs.Leaves;
using Timeline.Auditing.Proofs.Merkle;
using Timeline.EventStore.Serialization;

namespace Timeline.Auditing.Tests;

/// <summary>
/// The leaf hash reads the payloads the service writes token by token. Every leaf must stay the one the log's tree
/// already holds: each random payload is hashed both ways, the general way (through a parsed document, as every leaf
/// was hashed before) being the oracle, and a few leaves are held to hashes stored when the general way was the only one.
/// </summary>
public class A_leaf_hashed_token_by_token_is_the_leaf_it_was
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_payloads_written_by_hand_give_the_leaf_of_the_general_way(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 1_500; i++)
        {
            var payload = RandomPayloads.ByHand(random);
            AssertSameLeaf(payload, $"seed {seed}, payload {i}: {Encoding.UTF8.GetString(payload)}");
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_payloads_written_as_the_service_writes_them_give_the_leaf_of_the_general_way(int seed)
    {
        var random = new Random(seed);
        var plain = 0;
        for (var i = 0; i < 1_500; i++)
        {
            var payload = JsonSerializer.SerializeToUtf8Bytes(RandomPayloads.Node(random, depth: 0), EventJson.Options);
            AssertSameLeaf(payload, $"seed {seed}, payload {i}: {Encoding.UTF8.GetString(payload)}");
            if (new CanonicalWriter().TryPlainObject(payload))
                plain++;
        }
        // Most go the new way, so the comparison above is not one of the general way with itself.
        Assert.True(plain > 750, $"{plain} of 1,500 payloads were read token by token");
    }

    public static TheoryData<string, bool> Kinds() => new()
    {
        { """{"recordId":"r-1","facts":{"title":"Caf\u00e9 \u0022OUC\u0022","paragraphIndex":3,"people":[]},"ok":true,"none":null}""", true },
        { """{ "b" : [ 1 , -2 , 0 ] , "a" : { } }""", true },
        { """{"n":1.5}""", false },
        { """{"n":1234567890123456}""", false },
        { """{"\u0061":1}""", false },
        { """{"é":1}""", false },
        { """{"a":1,"a":2}""", false },
        { """{"a":{"b":1,"b":1}}""", false },
        { """["an array"]""", false },
        { """{"cut":"off""", false },
        { """{"a":1} trailing""", false },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Read_token_by_token_are_the_objects_of_plain_names_strings_and_short_integers(string json, bool taken)
    {
        var writer = new CanonicalWriter();

        Assert.Equal(taken, writer.TryPlainObject(Encoding.UTF8.GetBytes(json)));
        if (taken)
            Assert.Equal(JsonCanonicalizer.Canonicalize(Encoding.UTF8.GetBytes(json)), writer.Written.ToArray());
    }

    /// <summary>Hashes of these leaves as the general way computed them before the payload was read token by token.</summary>
    [Theory]
    [InlineData("""{"recordId":"bench-0","facts":{"date":"1995-04-21","title":"Institution 155 and Institution 169","institutions":[{"id":"inst-155","role":"host"}],"source":{"paragraphIndex":1,"text":"Synthetic \u0022quoted\u0022 \u4E2D\u6587 \uD83D\uDE00"}},"donor":"inst-155"}""",
        "45f0beccd338b141365810cce16d0d71b86d984e2f66f32050731c9671092ae0")]
    [InlineData("""{"z":[true,false,null,-0,0,12,-999999999999999],"a":{"y":"tab\there","x":"\\ back"}}""",
        "e4223f164917bc00ac36b2b0c07ca8049f69579bb2de0a10d57cd5035a665c14")]
    [InlineData("""{"a":1,"a":2}""", "ebc308eda88882c1449a2ef68b6a3a3cb866c66059d0ba48bf945863a0a1fea2")]
    public void Leaves_keep_the_hashes_stored_before(string payload, string expected)
    {
        var leaf = new LogLeaf(new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"), "record-r-1", 2, "AgreementSigned.v1",
            new DateTimeOffset(2024, 7, 20, 8, 1, 2, 345, TimeSpan.Zero), Encoding.UTF8.GetBytes(payload), "importer",
            new Guid("7c9e6679-7425-40de-944b-e07fc1f90ae7"), new Guid("16fd2706-8baf-433b-82eb-8c7fada847da"), "batch-7");

        Assert.Equal(expected, TreeHash.ToHex(leaf.Hash()));
    }

    private static void AssertSameLeaf(byte[] payload, string what)
    {
        var leaf = new LogLeaf(Guid.NewGuid(), "record-r-1", 4, "AgreementSigned.v1", DateTimeOffset.UnixEpoch.AddTicks(payload.Length * 7_919L),
            payload, "importer", Guid.NewGuid(), Guid.NewGuid(), payload.Length % 2 == 0 ? null : "batch-1");
        var general = Outcome(() => leaf.Hash(_ => { }));

        Assert.True(general == Outcome(leaf.Hash), what);
        if (!general.StartsWith("threw", StringComparison.Ordinal))
            Assert.True(general == TreeHash.ToHex(TreeHash.Leaf(LogLeaf.CanonicalBytesOf(leaf.ToDocument()))), what);
    }

    private static string Outcome(Func<byte[]> hash)
    {
        try
        {
            return TreeHash.ToHex(hash());
        }
        catch (Exception e)
        {
            return $"threw {e.GetType().Name}";
        }
    }
}
