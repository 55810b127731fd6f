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
        return blocks.Select(b => b.Contains('\n') ? string.Join(' ', b.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)) : b).ToList();
    }

    /// <summary>A paragraph carries text when it has a letter or a digit; one of dashes, stars or spaces carries none.</summary>
    public static bool CarriesText(string paragraph) => paragraph.AsSpan().IndexOfAnyExcept(NoText) >= 0;

    private static readonly System.Buffers.SearchValues<char> NoText =
        System.Buffers.SearchValues.Create(" \t*-_=~#.,;:!?/\\|+<>()[]{}'\"`^·•–—…");

    [GeneratedRegex(@"\n[ \t]*\n", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex BlankLine();
}
