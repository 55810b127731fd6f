namespace Timeline.Importing;

/// <summary>
/// Which of the lexicon's cues a text can match at all, from one pass over its words, so that a cue's pattern runs only
/// where it may find something. Each written form of a cue holds a whole word of letters and digits (its first): "sign"
/// in "signing ceremony", "co" in "co-sign", "s" in "'s guests". The pattern finds the form only between word
/// boundaries, and a phrase's words are parted by spaces or a hyphen, so where the pattern matches, that word stands in
/// the text as a whole run of letters and digits, in some case. A cue with objects needs one of its words and one of
/// its objects; one without, one of its words. Where the words a cue needs are missing, its pattern cannot match, and
/// is not run. The kind read is the same: the check only ever skips patterns that would have found nothing.
/// </summary>
public sealed class CueWords
{
    /// <summary>Cues a mask of 64 bits can hold; a lexicon with more runs every pattern beyond them.</summary>
    private const int Slots = 64;

    private readonly Dictionary<string, (ulong Words, ulong Objects)>.AlternateLookup<ReadOnlySpan<char>> byWord;
    private readonly ulong withObjects;
    private readonly ulong alwaysRun;

    public CueWords(IReadOnlyList<KindCue> cues)
    {
        var table = new Dictionary<string, (ulong Words, ulong Objects)>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < cues.Count; i++)
        {
            if (i >= Slots)
                break;
            var bit = 1UL << i;
            var words = cues[i].Words.Select(FirstWord).ToList();
            var objects = cues[i].Objects.Select(FirstWord).ToList();
            if (words.Contains(null) || objects.Contains(null))
            {
                alwaysRun |= bit;
                continue;
            }
            if (objects.Count > 0)
                withObjects |= bit;
            foreach (var word in words)
                table[word!] = (table.GetValueOrDefault(word!).Words | bit, table.GetValueOrDefault(word!).Objects);
            foreach (var word in objects)
                table[word!] = (table.GetValueOrDefault(word!).Words, table.GetValueOrDefault(word!).Objects | bit);
        }
        byWord = table.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether cue <paramref name="index"/> may match, given <see cref="Of"/> for the text.</summary>
    public static bool May(ulong possible, int index) => index >= Slots || (possible & (1UL << index)) != 0;

    /// <summary>A bit for each cue whose needed words the text holds (and for those this check cannot judge).</summary>
    public ulong Of(string text)
    {
        // The patterns ignore case as Unicode does: the Kelvin sign is a "k" to them, though it is no ASCII letter.
        if (text.Contains('\u212A'))
            return ~0UL;
        ulong words = 0, objects = 0;
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(LettersAndDigits); at >= 0;)
        {
            var length = span[at..].IndexOfAnyExcept(LettersAndDigits);
            var word = length < 0 ? span[at..] : span.Slice(at, length);
            if (byWord.TryGetValue(word, out var found))
            {
                words |= found.Words;
                objects |= found.Objects;
            }
            if (length < 0)
                break;
            var next = span[(at + length)..].IndexOfAny(LettersAndDigits);
            at = next < 0 ? -1 : at + length + next;
        }
        return alwaysRun | (words & ~withObjects) | (words & objects & withObjects);
    }

    /// <summary>The first run of ASCII letters and digits in a written form; none if it has none.</summary>
    private static string? FirstWord(string form)
    {
        var at = form.AsSpan().IndexOfAny(LettersAndDigits);
        if (at < 0)
            return null;
        var length = form.AsSpan(at).IndexOfAnyExcept(LettersAndDigits);
        return length < 0 ? form[at..] : form.Substring(at, length);
    }

    // ASCII only: any other character, a letter or not, ends a run, so a run found here is never shorter than the
    // pattern's word, which its boundaries keep apart from every letter and digit, ASCII or not.
    private static readonly System.Buffers.SearchValues<char> LettersAndDigits =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
}
