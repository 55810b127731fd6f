namespace Timeline.Importing;

/// <summary>
/// The written forms of the words a lexicon lists once. English inflects most verbs and nouns by rule, so "coach"
/// stands for coach, coaches, coached and coaching; a word that breaks the rule lists its forms ("give|gave|given").
/// In a phrase only the first word inflects for a verb ("set up": setting up) and the last for a noun
/// ("signing ceremony": signing ceremonies).
/// </summary>
public static class Inflections
{
    /// <summary>
    /// Forms of verbs. "base|past|participle|ing" overrides the rule for the forms given. A leading "!" keeps only
    /// the past and -ing forms, for verbs whose base is also a common noun ("tutors of the OUC" did nothing). A verb
    /// written in its past form with nothing overridden ("stayed at") is that form alone: the rule would make forms no one
    /// writes ("stayeds at", "stayeding at").
    /// </summary>
    public static IEnumerable<string> Verbs(params string[] specs) => specs.SelectMany(VerbForms);

    /// <summary>Forms of nouns: singular and plural; "symposium|symposia" lists what the rule would get wrong.</summary>
    public static IEnumerable<string> Nouns(params string[] specs) => specs.SelectMany(NounForms);

    /// <summary>Fixed phrases, taken as written.</summary>
    public static IEnumerable<string> Phrases(params string[] phrases) => phrases;

    private static IEnumerable<string> VerbForms(string spec)
    {
        var nounLike = spec.StartsWith('!');
        var (head, tail) = Split(nounLike ? spec[1..] : spec);
        var given = head.Split('|');
        var lemma = given[0];
        if (given.Length == 1 && IsPast(lemma))
            return [head + tail];
        var past = given.Length > 1 ? given[1] : Past(lemma);
        var participle = given.Length > 2 ? given[2] : past;
        var ing = given.Length > 3 ? given[3] : Ing(lemma);
        var forms = nounLike ? new[] { past, participle, ing } : [lemma, Third(lemma), past, participle, ing];
        return forms.Distinct().Select(form => form + tail);
    }

    private static IEnumerable<string> NounForms(string spec)
    {
        if (spec.Contains('|'))
            return spec.Split('|');
        var last = spec.LastIndexOf(' ') + 1;
        return [spec, spec[..last] + Plural(spec[last..])];
    }

    private static (string Head, string Tail) Split(string spec)
    {
        var space = spec.IndexOf(' ');
        return space < 0 ? (spec, "") : (spec[..space], spec[space..]);
    }

    /// <summary>"stayed", "visited", "carried"; not "need", "feed", "seed" or "shed", whose -ed is no ending.</summary>
    private static bool IsPast(string verb) =>
        verb.Length > 4 && verb.EndsWith("ed", StringComparison.Ordinal) && !verb.EndsWith("eed", StringComparison.Ordinal);

    private static bool EndsInConsonantY(string word) =>
        word.Length > 1 && word[^1] == 'y' && !"aeiou".Contains(word[^2]);

    private static bool Sibilant(string word) =>
        word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal);

    private static string Third(string verb) =>
        EndsInConsonantY(verb) ? verb[..^1] + "ies" : Sibilant(verb) ? verb + "es" : verb + "s";

    private static string Plural(string noun) => Third(noun);

    private static string Past(string verb) =>
        verb.EndsWith('e') ? verb + "d" : EndsInConsonantY(verb) ? verb[..^1] + "ied" : verb + "ed";

    private static string Ing(string verb) =>
        verb.EndsWith("ee", StringComparison.Ordinal) || !verb.EndsWith('e') ? verb + "ing" : verb[..^1] + "ing";
}
