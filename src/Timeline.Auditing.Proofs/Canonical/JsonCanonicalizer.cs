using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Timeline.Auditing.Proofs.Canonical;

/// <summary>
/// RFC 8785 (JCS) canonical JSON: members sorted by their names' UTF-16 code units, no whitespace, numbers in
/// ECMAScript's shortest form, strings with only the escapes JSON requires. Two parties holding the same JSON
/// value get the same bytes, whatever spacing or member order each received.
/// </summary>
public static class JsonCanonicalizer
{
    public static byte[] Canonicalize(JsonElement value)
    {
        var text = new StringBuilder();
        Write(value, text);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static byte[] Canonicalize(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        return Canonicalize(document.RootElement);
    }

    private static void Write(JsonElement value, StringBuilder text)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(value, text);
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var first = true;
                foreach (var item in value.EnumerateArray())
                {
                    if (!first)
                        text.Append(',');
                    first = false;
                    Write(item, text);
                }
                text.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(value.GetString()!, text);
                break;
            case JsonValueKind.Number:
                text.Append(EcmaScriptNumber.Format(value.GetDouble()));
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            case JsonValueKind.Null:
                text.Append("null");
                break;
            default:
                throw new FormatException($"A {value.ValueKind} has no canonical form.");
        }
    }

    private static void WriteObject(JsonElement value, StringBuilder text)
    {
        var members = value.EnumerateObject().ToList();
        // Ordinal comparison of .NET strings compares UTF-16 code units, exactly the order RFC 8785 asks for.
        members.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        for (var i = 1; i < members.Count; i++)
        {
            if (members[i].Name == members[i - 1].Name)
                throw new FormatException($"The member '{members[i].Name}' appears twice: such JSON has no canonical form.");
        }
        text.Append('{');
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
                text.Append(',');
            WriteString(members[i].Name, text);
            text.Append(':');
            Write(members[i].Value, text);
        }
        text.Append('}');
    }

    private static void WriteString(string value, StringBuilder text)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ': text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: text.Append(c); break;
            }
        }
        text.Append('"');
    }
}
