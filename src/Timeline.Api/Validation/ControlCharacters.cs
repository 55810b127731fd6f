using System.Text;
using System.Text.Json;

namespace Timeline.Api.Validation;

/// <summary>
/// Text the service keeps is printable. A control character (NUL, escape, bell, DEL, the C1 controls) in a string it
/// would store is refused against its field: kept, it would reach terminals (an escape sequence in a name recolours
/// the `people` table), CSV files and pages. Tab, line feed and carriage return are text.
/// </summary>
public static class ControlCharacters
{
    public static bool IsRefused(char c) => c is < ' ' and not ('\t' or '\n' or '\r') or (>= '\u007f' and <= '\u009f');

    public static void Check(string? text, string field, ValidationErrors errors)
    {
        if (text is not null && Reason(text) is { } reason)
            errors.Add(field, reason);
    }

    /// <summary>Why <paramref name="text"/> is refused, or null when it holds no control character.</summary>
    public static string? Reason(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsRefused(text[i]))
                return $"holds the control character U+{(int)text[i]:X4} at character {i + 1}: send printable text (tabs and line breaks are allowed)";
        }
        return null;
    }

    /// <summary>
    /// The first member name or string value of a valid JSON document that holds a control character, as the field it
    /// is in (<c>institutions[0].name</c>, as the JSON reader's own errors name fields), with the reason.
    /// </summary>
    public static (string Field, string Reason)? FirstInJson(ReadOnlySpan<byte> json)
    {
        // A valid document holds a refused character only as an escape (every one begins with a backslash), as DEL
        // itself, or as a C1 control (0xC2 then 0x80 to 0x9F in UTF-8): a body with none of those three bytes needs
        // no walk.
        if (json.IndexOfAny((byte)'\\', (byte)0x7F, (byte)0xC2) < 0)
            return null;
        // The serializer reads past a byte-order mark; the reader alone would stop at it.
        var reader = new Utf8JsonReader(json.StartsWith(Encoding.UTF8.Preamble) ? json[Encoding.UTF8.Preamble.Length..] : json);
        var path = new List<(string? Name, int Index)>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    NextItem(path);
                    path.Add((null, -1));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    break;
                case JsonTokenType.PropertyName:
                    var name = reader.GetString()!;
                    path[^1] = (name, -1);
                    if (Reason(name) is { } badName)
                        return (Field(path), $"names a member that {badName}");
                    break;
                case JsonTokenType.String:
                    NextItem(path);
                    if (Reason(reader.GetString()!) is { } badValue)
                        return (Field(path), badValue);
                    break;
                default:
                    NextItem(path);
                    break;
            }
        }
        return null;
    }

    /// <summary>A value inside an array is its next item; inside an object it belongs to the member just named.</summary>
    private static void NextItem(List<(string? Name, int Index)> path)
    {
        if (path.Count > 0 && path[^1].Name is null)
            path[^1] = (null, path[^1].Index + 1);
    }

    private static string Field(List<(string? Name, int Index)> path)
    {
        var field = new StringBuilder();
        foreach (var (name, index) in path)
        {
            if (name is not null)
                field.Append(field.Length == 0 ? "" : ".").Append(name);
            else if (index >= 0)
                field.Append('[').Append(index).Append(']');
        }
        return field.Length == 0 ? "body" : field.ToString();
    }
}
