using System.Text.RegularExpressions;

namespace Timeline.Importing;

/// <summary>
/// How the importer's patterns run. They are written to take time linear in the text: gaps and runs of words are
/// bounded ("[^.;]{0,120}", "{0,8}" words), and no quantifier nests an unbounded one, so each place in a text is
/// tried a bounded number of times. They are source-generated (nothing to build at start-up; the non-backtracking
/// engine gives the same bound by construction, but building these patterns with it took seconds), and the match
/// timeout is the backstop: a paragraph no pattern can read in that time is reported as unreadable, never left running.
/// </summary>
public static class Linear
{
    public const int TimeoutMilliseconds = 1000;

    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>The first matches of a pattern, found one at a time: a text with more never costs more than these.</summary>
    public static IEnumerable<Match> Matches(Regex pattern, string text, int max)
    {
        var count = 0;
        for (var match = pattern.Match(text); match.Success && count++ < max; match = match.NextMatch())
            yield return match;
    }
}
