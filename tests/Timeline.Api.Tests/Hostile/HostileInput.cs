using System.Text;

namespace Timeline.Api.Tests.Hostile;

/// <summary>
/// What the sweep sends: a fixed catalogue of values known to break services (wrong types, overflowing numbers,
/// malformed dates, broken encodings, control characters, traversal, sizes past every limit), and, from a printed
/// seed, random ones, so a failure can be replayed with <c>HOSTILE_SEED</c>.
/// </summary>
public sealed class HostileInput(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>Longer than any id, name or short text the service keeps (<c>InputLimits.Name</c> is 200).</summary>
    public const int LongText = 5_000;

    /// <summary>
    /// Parameter values as they travel in an address: already percent-encoded, so broken encodings reach the service
    /// as sent. Each is tried in every path and query parameter of every operation.
    /// </summary>
    public static readonly IReadOnlyList<string> AddressValues =
    [
        "", "%20", "%00", "a%00b", "%01%1F%7F", "%0D%0A", "%FF", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "%E2%80%AE", "%EF%BB%BF",
        "%F0%9F%98%80", "%", "%Z1", "a%2", "%2F", "..", "%2E%2E", "..%2F..%2Fetc%2Fpasswd", "%5C..%5C", "-1", "-0", "0", "1.5",
        "9223372036854775808", "-9223372036854775809", "18446744073709551616", "1e400", "-1e400", "NaN", "Infinity", "0x10",
        "true", "null", "%5B%5D", "%7B%7D", "%27%22%3C%3E", ",,,", "2018-13-45", "2018-02-30", "99999-01-01", "0000-00-00",
        "2018%2F2017", "Y1700", "1XXX", "2018-25", "XXXX%3F~%25", "..%2F..", new string('a', LongText),
        string.Concat(Enumerable.Repeat("%E4%B8%AD", 600)),
    ];

    /// <summary>Odd shapes of the conditional and range headers reads may be sent.</summary>
    public static readonly IReadOnlyList<(string Header, string Value)> ReadHeaders =
    [
        ("If-None-Match", "*"), ("If-None-Match", "\"\""), ("If-None-Match", "W/\"x\""), ("If-None-Match", "\"unterminated"),
        ("If-None-Match", "\"a\", \"b\", *"), ("If-None-Match", string.Join(", ", Enumerable.Repeat("\"x\"", 2_000))),
        ("Range", "bytes=0-"), ("Range", "bytes=-1"), ("Range", "bytes=99999999999999999999999-"), ("Range", "bytes=5-1"),
        ("Range", "items=0-10"), ("Range", string.Join(",", Enumerable.Range(0, 500).Select(i => $"bytes={i}-{i}"))),
        ("Accept", "application/xml"), ("Accept", "*/*;q=NaN"), ("Accept-Encoding", "gzip;q=1e400, br;q=-1"),
    ];

    /// <summary>Odd shapes of <c>If-Match</c> on writes that honour it.</summary>
    public static readonly IReadOnlyList<string> IfMatchValues =
    [
        "*", "\"\"", "\"-1\"", "\"9223372036854775808\"", "W/\"0\"", "\"0\", \"1\"", "0", "\"1e400\"", new string('"', 3),
        "\"" + new string('9', 4_000) + "\"",
    ];

    /// <summary>Content types a JSON body may be sent with that the service must refuse, or read correctly.</summary>
    public static readonly IReadOnlyList<string?> ContentTypes =
    [
        null, "text/plain", "application/xml", "application/json; charset=utf-16", "application/json; charset=iso-8859-1",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonx", "*/*", "application/json; charset=\"",
    ];

    /// <summary>JSON values put in place of each field of a valid body, raw so numbers can overflow and strings can hold broken escapes.</summary>
    public static readonly IReadOnlyList<string> FieldValues =
    [
        "null", "true", "0", "-0", "-1", "1.5", "9223372036854775808", "-9223372036854775809", "1e400", "-1e400", "\"\"", "\" \"",
        "[]", "{}", "[null]", "\"\\u0000\"", "\"a\\u0001b\\u001f\"", "\"\\ud800\"", "\"\\udc00x\\ud800\"", "\"NaN\"", "\"2018-13-45\"",
        "\"../../etc/passwd\"", "\"a/b%2Fc\"", Quoted(new string('x', 201)), Quoted(new string('x', 2_001)), Quoted(new string('x', 20_001)),
        Nested(3_000), "[" + string.Join(",", Enumerable.Repeat("\"x\"", 1_000)) + "]",
    ];

    /// <summary>Whole bodies that are not the JSON object the operation reads.</summary>
    public static IReadOnlyList<(string What, byte[] Bytes)> WholeBodies(string valid, int maxBodyBytes) =>
    [
        ("empty", []), ("spaces", Utf8("  \n ")), ("null", Utf8("null")), ("an array", Utf8("[]")), ("an array of it", Utf8($"[{valid}]")),
        ("a string", Utf8("\"x\"")), ("1e400", Utf8("1e400")), ("-0", Utf8("-0")), ("NaN", Utf8("NaN")), ("an open brace", Utf8("{")),
        ("a cut member", Utf8("{\"a\":")), ("a close brace", Utf8("}")), ("nested arrays", Utf8(Nested(5_000))),
        ("nested objects", Utf8(string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000))),
        ("a member twice", Utf8(Duplicated(valid))), ("a byte-order mark", [0xEF, 0xBB, 0xBF, .. Utf8(valid)]),
        ("invalid UTF-8", Utf8(valid[..^1] + ",\"x\":\"").Concat(new byte[] { 0xFF, 0xFE, 0xC0, 0xAF }).Concat(Utf8("\"}")).ToArray()),
        ("a NUL byte", [.. Utf8(valid[..^1]), 0, .. Utf8("}")]), ("trailing text", Utf8(valid + " x")), ("two objects", Utf8(valid + valid)),
        ("a comment", Utf8("/* c */" + valid)), ("trailing comma", Utf8(valid[..^1] + ",}")), ("single quotes", Utf8(valid.Replace('"', '\''))),
        ("over the size limit", Utf8(valid[..^1] + new string(' ', maxBodyBytes) + "}")),
    ];

    /// <summary>A few random address values: bytes of any kind, percent-encoded or not.</summary>
    public IEnumerable<string> RandomAddressValues(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            var length = _random.Next(1, 40);
            for (var j = 0; j < length; j++)
            {
                var b = _random.Next(0, 256);
                text.Append(b is >= 'a' and <= 'z' or >= '0' and <= '9' && _random.Next(2) == 0 ? ((char)b).ToString() : $"%{b:X2}");
            }
            yield return text.ToString();
        }
    }

    /// <summary>A valid body with a few random bytes changed, added or removed.</summary>
    public IEnumerable<byte[]> RandomlyDamaged(string valid, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var bytes = Utf8(valid).ToList();
            for (var edits = _random.Next(1, 4); edits > 0 && bytes.Count > 0; edits--)
            {
                var at = _random.Next(bytes.Count);
                switch (_random.Next(3))
                {
                    case 0: bytes[at] = (byte)_random.Next(256); break;
                    case 1: bytes.Insert(at, (byte)_random.Next(256)); break;
                    default: bytes.RemoveAt(at); break;
                }
            }
            yield return bytes.ToArray();
        }
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Quoted(string text) => $"\"{text}\"";

    private static string Nested(int depth) => new string('[', depth) + new string(']', depth);

    /// <summary>The object with its first member said again at its start.</summary>
    private static string Duplicated(string valid)
    {
        var firstMember = valid[1..(valid.IndexOf(',') is > 0 and var comma ? comma : valid.Length - 1)];
        return "{" + firstMember + "," + valid[1..];
    }
}
