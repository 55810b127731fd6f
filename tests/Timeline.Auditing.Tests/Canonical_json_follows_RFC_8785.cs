using System.Text;
using Timeline.Auditing.Proofs.Canonical;

namespace Timeline.Auditing.Tests;

/// <summary>The canonicaliser against the kinds of cases RFC 8785 sets out: numbers, member order, escapes, spacing.</summary>
public class Canonical_json_follows_RFC_8785
{
    private static string Canonical(string json) => Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("0", "0")]
    [InlineData("-0", "0")]
    [InlineData("1E30", "1e+30")]
    [InlineData("4.50", "4.5")]
    [InlineData("2e-3", "0.002")]
    [InlineData("0.000000000000000000000000001", "1e-27")]
    [InlineData("333333333.33333329", "333333333.3333333")]
    [InlineData("1e21", "1e+21")]
    [InlineData("1e20", "100000000000000000000")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("0.0000001", "1e-7")]
    [InlineData("-1.5e-9", "-1.5e-9")]
    [InlineData("9007199254740993", "9007199254740992")]
    [InlineData("5e-324", "5e-324")]
    [InlineData("1.7976931348623157e308", "1.7976931348623157e+308")]
    [InlineData("123456789012", "123456789012")]
    public void Numbers_take_their_shortest_ECMAScript_form(string json, string expected) =>
        Assert.Equal(expected, Canonical(json));

    [Fact]
    public void Members_are_ordered_by_UTF16_code_units_not_by_code_points_or_culture()
    {
        // U+1F600 is stored as the surrogates D83D DE00, which sort below U+FB33 though its code point is higher.
        var json = "{\"\\ufb33\":1,\"\\ud83d\\ude00\":2,\"\\u20ac\":3,\"\\u00f6\":4,\"\\u0080\":5,\"1\":6,\"\\r\":7,\"b\":8,\"B\":9}";

        var keys = System.Text.Json.JsonDocument.Parse(Canonical(json)).RootElement.EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(["\r", "1", "B", "b", "\u0080", "\u00f6", "\u20ac", "\ud83d\ude00", "\ufb33"], keys);
    }

    [Fact]
    public void Strings_escape_only_what_JSON_requires()
    {
        var json = "[\"\\u20ac\\u0041\\/\\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f \\u00e9\"]";

        Assert.Equal("[\"€A/\\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f é\"]", Canonical(json));
    }

    [Fact]
    public void Whitespace_and_nesting_leave_no_trace()
    {
        var json = "{ \"z\" : [ 1 , { \"b\" : null , \"a\" : true } ],\n \"a\" : { } , \"m\" : false }";

        Assert.Equal("{\"a\":{},\"m\":false,\"z\":[1,{\"a\":true,\"b\":null}]}", Canonical(json));
    }

    [Fact]
    public void Strings_without_escapes_keep_their_UTF8_bytes() =>
        Assert.Equal("[\"plain\",\"é € 😀\",\"\"]", Canonical("[ \"plain\" , \"é € 😀\", \"\" ]"));

    [Fact]
    public void A_repeated_member_has_no_canonical_form() =>
        Assert.Throws<FormatException>(() => Canonical("{\"a\":1,\"a\":2}"));
}
