using System.Text.RegularExpressions;

namespace Timeline.Importing;

/// <summary>
/// Words that state one kind of act. Alone when <see cref="Objects"/> is empty ("coached", "a webinar"); otherwise
/// only with one of those objects near them, on either side, so the passive reads as the active does ("gave 200
/// books", "books were given"), or only after them where the object before the verb is its subject ("teachers from
/// Zambia received training" received no one). <see cref="Gap"/> bounds how far apart they may be.
/// </summary>
public sealed record KindCue(IReadOnlyList<string> Words, IReadOnlyList<string> Objects, string Gap, bool EitherSide = true)
{
    /// <summary>Within one clause: no full stop or semicolon between.</summary>
    public const string SameClause = "[^.;]{0,120}";

    /// <summary>A few words apart, initials among them: "received a ten-member delegation", "received H.E. Winston Mbewe, Ambassador", "hosted Prof. John Hart, pro-vice-chancellor".</summary>
    public const string FewWords = @"\s+(?:(?>(?:[A-Z]\.){1,4}|(?:Prof|Dr|Mr|Mrs|Ms)\.|[\w,'’-]{1,40})\s+){0,4}";

    public static KindCue Alone(params IEnumerable<string>[] words) => new(words.SelectMany(w => w).ToList(), [], SameClause);

    public static KindCue With(IEnumerable<string> words, IEnumerable<string> objects, string gap = SameClause) =>
        new(words.ToList(), objects.ToList(), gap);

    public static KindCue Before(IEnumerable<string> words, IEnumerable<string> objects, string gap) =>
        new(words.ToList(), objects.ToList(), gap, EitherSide: false);

    /// <summary>
    /// One pattern for the cue: alternations of literal words with one bounded gap between them, so it runs in time
    /// linear in the text. Longer forms come first, so "set up" is tried before "set"; the words of a phrase may also be
    /// joined by a hyphen ("a round-table discussion").
    /// </summary>
    public string Pattern()
    {
        var words = Alternation(Words);
        if (Objects.Count == 0)
            return words;
        // The object names the act, so it is where the act is said to be named: "hosted a seminar for teachers"
        // names a seminar before any visitor.
        var objects = "(?<object>" + Alternation(Objects) + ")";
        return EitherSide ? $"{words}{Gap}{objects}|{objects}{Gap}{words}" : $"{words}{Gap}{objects}";
    }

    /// <summary>
    /// The cue as the patterns that run: a cue without objects whose words are many is cut into cues of at most
    /// <paramref name="words"/> words each. A text matches the whole where it matches one of the parts, and first
    /// where the earliest part first matches, so the place each kind is first named is the same; but a compiled
    /// pattern's code takes time that grows faster than its alternation (one of 97 words took 9.5 s of CPU to make,
    /// its seven parts of 16 together 15 ms). A cue with objects stays whole: its match depends on which word meets
    /// which object.
    /// </summary>
    public IEnumerable<KindCue> Parts(int words) =>
        Objects.Count > 0 || Words.Count <= words
            ? [this]
            : Words.Distinct(StringComparer.OrdinalIgnoreCase).Chunk(words).Select(part => this with { Words = part });

    private static string Alternation(IEnumerable<string> forms) =>
        @"\b(?:" + string.Join('|', forms.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(f => f.Length)
            .Select(f => Regex.Escape(f).Replace(@"\ ", @"(?:\s+|-)", StringComparison.Ordinal))) + @")\b";
}
