using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Timeline.Auditing.Tests;

/// <summary>
/// Random JSON for the leaf's property tests: names and strings with text beyond ASCII, escapes of every kind and
/// repeats; numbers at and past the edges of the copied form; spacing; and now and then JSON that is cut short or
/// not UTF-8.
/// </summary>
internal static class RandomPayloads
{
    private static readonly string[] Names =
        ["recordId", "facts", "a", "b", "z", "A", "Z", "a b", "~", "", "é", "e\u0301", "中文", "😀", "na\"me", "tab\t", "\u007f", "ab", "aa"];

    /// <summary>Names as the service's payloads have them: printable ASCII.</summary>
    private static readonly string[] PlainNames = ["recordId", "facts", "title", "a", "b", "z", "A", "Z", "a b", "~", "ab", "aa"];

    private static readonly string[] Texts =
        ["", "plain", "Institution 155", "Café", "中文 text", "😀 emoji", "quote \" and \\ back", "line\nbreak\ttab", "\u0001\u001f", "<&>'+", "\u2028\u2029", "a/b"];

    private static readonly string[] Numbers =
        ["0", "-0", "7", "-12", "10", "123456789012345", "-999999999999999", "1234567890123456", "9007199254740993", "1.5", "1.0", "12.50",
         "1e2", "1E-7", "-0.000001", "1e21", "1e-7", "5e-324", "1.7976931348623157e308", "1e400", "0.1", "100"];

    /// <summary>JSON text written by hand, so that names repeat, escapes take any form and spacing varies.</summary>
    public static byte[] ByHand(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(12) == 0)
            Value(random, text, 0);
        else
            Object(random, text, 0);
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return random.Next(15) switch
        {
            0 => bytes[..random.Next(bytes.Length + 1)],
            1 when bytes.Length > 2 => [.. bytes[..1], 0xff, .. bytes[1..]],
            _ => bytes,
        };
    }

    /// <summary>A random object as a document, for the service's serialiser to write: its names mostly plain, now and then one that is not.</summary>
    public static JsonNode? Node(Random random, int depth)
    {
        var kind = depth == 0 ? 0 : depth > 3 ? random.Next(1, 3) : random.Next(6);
        switch (kind)
        {
            case 0 or 5:
                var node = new JsonObject();
                for (var i = random.Next(6); i > 0; i--)
                    node[random.Next(20) == 0 ? Pick(random, Names) : Pick(random, PlainNames)] = Node(random, depth + 1);
                return node;
            case 1:
                return JsonValue.Create(Pick(random, Texts) + random.Next(3));
            case 2:
                return random.Next(10) switch
                {
                    0 => JsonValue.Create(random.NextDouble() * 1e6),
                    1 => JsonValue.Create(random.NextInt64(-1L << 52, 1L << 52)),
                    _ => JsonValue.Create(random.Next(-1_000_000, 1_000_000)),
                };
            case 3:
                var array = new JsonArray();
                for (var i = random.Next(4); i > 0; i--)
                    array.Add(Node(random, depth + 1));
                return array;
            default:
                return random.Next(3) == 0 ? null : JsonValue.Create(random.Next(2) == 0);
        }
    }

    private static void Object(Random random, StringBuilder text, int depth)
    {
        text.Append('{').Append(Space(random));
        for (var i = random.Next(6); i > 0; i--)
        {
            String(random, text, Pick(random, Names));
            text.Append(Space(random)).Append(':').Append(Space(random));
            Value(random, text, depth + 1);
            if (i > 1)
                text.Append(',').Append(Space(random));
        }
        text.Append('}');
    }

    private static void Value(Random random, StringBuilder text, int depth)
    {
        switch (random.Next(depth > 3 ? 4 : 6))
        {
            case 0:
                String(random, text, Pick(random, Texts));
                break;
            case 1:
                text.Append(Pick(random, Numbers));
                break;
            case 2:
                text.Append(Pick(random, ["true", "false", "null"]));
                break;
            case 3:
                text.Append(random.Next(1_000_000).ToString(CultureInfo.InvariantCulture));
                break;
            case 4:
                text.Append('[');
                for (var i = random.Next(4); i > 0; i--)
                {
                    Value(random, text, depth + 1);
                    if (i > 1)
                        text.Append(',').Append(Space(random));
                }
                text.Append(']');
                break;
            default:
                Object(random, text, depth);
                break;
        }
    }

    /// <summary>A string with each character written as it is, or escaped in one of the forms JSON allows.</summary>
    private static void String(Random random, StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            var mustEscape = c < ' ' || c == '"' || c == '\\';
            var form = random.Next(5);
            if (mustEscape || form == 0)
                text.Append(Escaped(c, random));
            else if (form == 1 && c == '/')
                text.Append("\\/");
            else
                text.Append(c);
        }
        text.Append('"');
    }

    private static string Escaped(char c, Random random) => c switch
    {
        '"' when random.Next(2) == 0 => "\\\"",
        '\\' when random.Next(2) == 0 => "\\\\",
        '\n' when random.Next(2) == 0 => "\\n",
        '\t' when random.Next(2) == 0 => "\\t",
        _ => random.Next(2) == 0 ? $"\\u{(int)c:x4}" : $"\\u{(int)c:X4}",
    };

    private static string Space(Random random) => random.Next(4) == 0 ? Pick(random, [" ", "\n", "\t ", "\r\n  "]) : "";

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
