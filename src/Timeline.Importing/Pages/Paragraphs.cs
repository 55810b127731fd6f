using System.Text.RegularExpressions;

namespace Timeline.Importing;

/// <summary>Splits a page into its paragraphs: blocks between blank lines, or single lines when a page has no blank lines.</summary>
public static partial class Paragraphs
{
    public static IReadOnlyList<string> Split(string text)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var blocks = BlankLine().Split(normalised).Select(b => b.Trim()).Where(b => b.Length > 0).ToList();
        if (blocks.Count == 1 && blocks[0].Contains('\n'))
            blocks = blocks[0].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        // Lines inside one paragraph are one text.
        return blocks.Select(b => Whitespace().Replace(b, " ")).ToList();
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"\s*\n\s*")]
    private static partial Regex Whitespace();
}
