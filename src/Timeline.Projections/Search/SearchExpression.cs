using System.Text.RegularExpressions;

namespace Timeline.Projections.Search;

/// <summary>
/// Turns what a person types into an FTS5 query that can never be a syntax error: only runs of letters and
/// digits are kept, each one quoted as a plain string (so <c>AND</c>, <c>-</c>, <c>*</c> or a stray quote mean
/// nothing special), every word must match, and the last one also matches as a prefix, for search as you type.
/// </summary>
public static partial class SearchExpression
{
    public const int MaxWords = 16;

    /// <summary>The words of <paramref name="text"/>, as the search table's tokenizer would split them.</summary>
    public static IReadOnlyList<string> WordsOf(string? text) =>
        text is null ? [] : Word().Matches(text).Select(m => m.Value).ToList();

    /// <summary>The FTS5 expression for <paramref name="words"/>; null when there are none to search for.</summary>
    public static string? Of(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
            return null;
        // A quoted string holds no quote of its own: WordsOf keeps letters and digits only.
        var quoted = words.Select(w => $"\"{w}\"").ToList();
        quoted[^1] += "*";
        return string.Join(' ', quoted);
    }

    [GeneratedRegex(@"[\p{L}\p{N}\p{Mn}]+")]
    private static partial Regex Word();
}
