using System.Text.RegularExpressions;

namespace Timeline.Importing;

/// <summary>
/// Places and countries named in a paragraph. Names are matched whole and capitalised, longest first, so
/// "Inner Mongolia" is a region of China and not Mongolia. Adjectives of nationality count for their country
/// ("a Kazakh university"); administrative units ("Butuo County") are places of the home country unless the
/// paragraph is about somewhere else.
/// </summary>
public static partial class PlaceFinder
{
    private const int LongestName = 4;
    private const int MaxNames = 60;

    /// <summary>The countries and places named.</summary>
    public static (IReadOnlyList<string> Countries, IReadOnlyList<string> Places) Find(string text)
    {
        var countries = new List<string>();
        var places = new List<(string Name, string[] Codes)>();
        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (!char.IsUpper(text[words[i].Index]))
                continue;
            // Longest name first, so "Inner Mongolia" is a region of China and not Mongolia.
            for (var length = Math.Min(LongestName, words.Count - i); length >= 1; length--)
            {
                if (!Adjacent(text, words, i, length))
                    continue;
                var last = words[i + length - 1];
                var name = Possessor(text.AsSpan(words[i].Index, last.Index + last.Length - words[i].Index));
                if (Gazetteer.CountryOf.TryGetValue(name, out var country) && WrittenAsNamed(name))
                {
                    if (!NamesACurrency(text, last.Index + last.Length))
                        Add(countries, country);
                }
                else if (Gazetteer.DemonymOf.TryGetValue(name, out var nationality))
                {
                    if (!NamesALanguage(text, words[i].Index, last.Index + last.Length) && !NamesACurrency(text, last.Index + last.Length)
                        && !NamesARegion(text, words, i))
                        Add(countries, nationality);
                }
                else if (Gazetteer.TryGetPlace(name, out var codes) && (length > 1 || !AfterAName(text, words, i))
                    || Gazetteer.TryGetWordPlace(name, out codes) && AfterPreposition(text, words, i))
                {
                    if (places.Count < MaxNames)
                        places.Add((name.ToString(), codes));
                }
                else if (length > 1 || !AddCompound(countries, name))
                    continue;
                i += length - 1;
                break;
            }
        }
        // A town whose name several countries share is in the one the paragraph names, if it names one.
        var found = new List<string>();
        foreach (var (name, codes) in places)
        {
            Add(found, name);
            Add(countries, codes.FirstOrDefault(countries.Contains) ?? codes[0]);
        }
        foreach (Match match in AdministrativeUnit().Matches(text))
            Add(found, match.Value);
        return (countries, found);
    }

    /// <summary>
    /// "Courses in Spanish", "in English and French,", "Portuguese-language courses", "learners of Spanish": a nationality's word used for its
    /// language says where no one is. A list after "in" counts only when it ends the phrase ("in Kenyan and Ugandan
    /// schools" names two countries).
    /// </summary>
    private static bool NamesALanguage(string text, int start, int end)
    {
        var after = text.AsSpan(end);
        if (after.StartsWith("-language", StringComparison.Ordinal) || after.StartsWith(" language", StringComparison.Ordinal))
            return true;
        // Back over the words of the list before this one, a few at most, to the "in" that opens it.
        var first = start;
        for (var step = 0; !(first >= 3 && text.AsSpan(first - 3, 3) is "in " || first >= 5 && text.AsSpan(first - 5, 5) is "into "
            || LearnersOf(text.AsSpan(0, first))); step++)
        {
            var separator = ListSeparator(text.AsSpan(0, first), backwards: true);
            if (step == MaxListed || separator == 0 || first - separator < 2 || !char.IsLetter(text[first - separator - 1]))
                return false;
            first = text.AsSpan(0, first - separator).LastIndexOf(' ') + 1;
            if (!char.IsUpper(text[first]))
                return false;
        }
        // On over the words after it, to where the phrase ends; after learners, also where their verb comes ("learners of
        // Spanish travelled to", not "teachers of Kenyan schools").
        var learners = LearnersOf(text.AsSpan(0, first));
        var at = end;
        for (var step = 0; ; step++)
        {
            // "taught in Russian for learners in Kazakhstan": a preposition after the list ends the phrase too.
            if (at == text.Length || text[at] is '.' or ';' or ')' || text[at] == ',' && !ListSeparatorAt(text, at)
                || PrepositionAt(text.AsSpan(at)) || learners && VerbAt(text.AsSpan(at)))
                return true;
            var separator = ListSeparator(text.AsSpan(at), backwards: false);
            if (step == MaxListed || separator == 0 || at + separator >= text.Length || !char.IsUpper(text[at + separator]))
                return false;
            at += separator;
            while (at < text.Length && char.IsLetter(text[at]))
                at++;
        }
    }

    private const int MaxListed = 4;

    /// <summary>
    /// "the Japan-China Friendship Association", "a Kenya-China workshop": a word of countries joined by hyphens names each
    /// of them. Every part must be a country's name ("Ust-Kamenogorsk" names none), and nationalities' words stay out: the
    /// "Kazakh-German University" is in Kazakhstan alone. At most a few parts are tried.
    /// </summary>
    private static bool AddCompound(List<string> countries, ReadOnlySpan<char> word)
    {
        if (word.IndexOf('-') < 0)
            return false;
        Span<Range> parts = stackalloc Range[MaxCompound + 1];
        var count = word.Split(parts, '-');
        if (count < 2 || count > MaxCompound)
            return false;
        var codes = new string[count];
        for (var p = 0; p < count; p++)
        {
            var part = word[parts[p]];
            if (Gazetteer.CountryOf.TryGetValue(part, out var country))
                codes[p] = country;
            else
                return false;
        }
        foreach (var code in codes)
            Add(countries, code);
        return true;
    }

    private const int MaxCompound = 3;

    /// <summary>"learners of Spanish", "teachers of Chinese and Russian": people who learn or teach a tongue open a list of languages.</summary>
    private static bool LearnersOf(ReadOnlySpan<char> before)
    {
        if (!before.EndsWith(" of ", StringComparison.Ordinal))
            return false;
        before = before[..^4];
        var word = before[(before.LastIndexOf(' ') + 1)..];
        if (word.EndsWith('s'))
            word = word[..^1];
        return LearnerWords.Contains(word);
    }

    /// <summary>" travelled", " were", " who": a verb in the past, a form of "be" or "have", or "who" after a space.</summary>
    private static bool VerbAt(ReadOnlySpan<char> after)
    {
        if (after.Length < 3 || after[0] != ' ' || !char.IsLower(after[1]))
            return false;
        var word = after[1..];
        var space = word.IndexOfAny(' ', ',', '.');
        word = space < 0 ? word : word[..space];
        return word.EndsWith("ed", StringComparison.Ordinal) || word is "were" or "was" or "are" or "is" or "have" or "has" or "who" or "will";
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LearnerWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["learner", "teacher", "lecturer", "tutor", "student", "speaker", "translator", "interpreter", "professor"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>" for ", " to ", " by ", " with " or " from " at the start of the span: what ends a list of languages too.</summary>
    private static bool PrepositionAt(ReadOnlySpan<char> after) =>
        after.StartsWith(" for ", StringComparison.Ordinal) || after.StartsWith(" to ", StringComparison.Ordinal)
        || after.StartsWith(" by ", StringComparison.Ordinal) || after.StartsWith(" with ", StringComparison.Ordinal)
        || after.StartsWith(" from ", StringComparison.Ordinal);

    /// <summary>"journalists from Latin American countries", "South American partners": a region's adjective, no country's.</summary>
    private static bool NamesARegion(string text, List<Word> words, int i) =>
        i > 0 && text.AsSpan(words[i - 1].Index + words[i - 1].Length, words[i].Index - words[i - 1].Index - words[i - 1].Length) is " "
        && RegionWords.Contains(text.AsSpan(words[i - 1].Index, words[i - 1].Length));

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RegionWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Latin", "South", "Central", "North", "East", "West"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The length of ", ", " and ", " or " or ", and " at the start (or the end) of the span, or 0.</summary>
    private static int ListSeparator(ReadOnlySpan<char> span, bool backwards)
    {
        foreach (var separator in (string[])[", and ", ", or ", " and ", " or ", ", "])
        {
            if (backwards ? span.EndsWith(separator, StringComparison.Ordinal) : span.StartsWith(separator, StringComparison.Ordinal))
                return separator.Length;
        }
        return 0;
    }

    private static bool ListSeparatorAt(string text, int at) =>
        ListSeparator(text.AsSpan(at), backwards: false) is > 0 and var length && at + length < text.Length && char.IsUpper(text[at + length]);

    /// <summary>"50,000 US dollars", "Australian dollars": a currency says what was paid, not where.</summary>
    private static bool NamesACurrency(string text, int end) => text.AsSpan(end).StartsWith(" dollar", StringComparison.Ordinal);

    /// <summary>
    /// A one-word town right after another capitalised word is part of a name more often than a place: a person's
    /// ("Carla Oliveira"), an institution's ("Toraighyrov Pavlodar"). Words that open a phrase ("In", "The") do not count.
    /// </summary>
    private static bool AfterAName(string text, List<Word> words, int i)
    {
        if (i == 0)
            return false;
        var previous = words[i - 1];
        var end = previous.Index + previous.Length;
        var value = text.AsSpan(previous.Index, previous.Length);
        var gap = text.AsSpan(end, words[i].Index - end);
        // "Prof. Helena Virtanen": a town's name after a title is a person's first name.
        if (gap is " " or ". " && Titles.Contains(value))
            return true;
        return char.IsUpper(value[0]) && !Openers.Contains(value) && !HeadNouns.Contains(value) && gap is " ";
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Mr", "Ms", "Mrs", "Madam", "Dr", "Prof", "Professor", "Ambassador", "Minister", "Rector", "Dean"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"University College Cork", "Open University Malaysia": a place after the head of an institution's name is where it is.</summary>
    internal static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["University", "College", "Institute", "Polytechnic", "Academy", "School", "Centre", "Center", "Universitas", "Universidad", "Universidade"], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"in Cork", "University of Reading": where prose puts a place, a town that is also a word is the town.</summary>
    private static bool AfterPreposition(string text, List<Word> words, int i) =>
        i > 0 && Prepositions.Contains(text.AsSpan(words[i - 1].Index, words[i - 1].Length)) && words[i].Index - (words[i - 1].Index + words[i - 1].Length) == 1;

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["in", "at", "near", "from", "to", "of"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["The", "In", "At", "On", "From", "To", "Of", "And", "For", "During", "Since", "By", "With", "Near", "After", "Before", "Between",
         "Across", "Via", "Around", "Throughout", "Outside", "Inside", "Both"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A possessive ("Mongolia's", "the UK's") still names the country.</summary>
    private static ReadOnlySpan<char> Possessor(ReadOnlySpan<char> name) =>
        name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? name[..^2] : name;

    /// <summary>Short names are acronyms and count only in capitals: "US" is the country, "Us" starting a sentence is not.</summary>
    private static bool WrittenAsNamed(ReadOnlySpan<char> name) => name.Length > 3 || !name.ContainsAnyExcept(Capitals);

    private static readonly System.Buffers.SearchValues<char> Capitals = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>Words of one name are separated by single spaces (or a hyphen), not by punctuation.</summary>
    private static bool Adjacent(string text, List<Word> words, int first, int length)
    {
        for (var k = first + 1; k < first + length; k++)
        {
            var gap = text.AsSpan(words[k - 1].Index + words[k - 1].Length, words[k].Index - words[k - 1].Index - words[k - 1].Length);
            if (gap is not " ")
                return false;
        }
        return true;
    }

    private static void Add(List<string> list, string value)
    {
        // Lists stay short (an announcement names a few places), so a look along them costs a bounded amount.
        if (list.Count < MaxNames && !list.Contains(value))
            list.Add(value);
    }

    private readonly record struct Word(int Index, int Length);

    /// <summary>Runs of letters and digits, joined by an apostrophe or a hyphen ("Xi'an", "Ust-Kamenogorsk"): one pass, no matches to allocate.</summary>
    private static List<Word> Words(string text)
    {
        var words = new List<Word>(text.Length / 6 + 1);
        var at = 0;
        while (at < text.Length)
        {
            if (!char.IsLetterOrDigit(text[at]))
            {
                at++;
                continue;
            }
            var start = at;
            while (at < text.Length && (char.IsLetterOrDigit(text[at])
                || text[at] is '\'' or '’' or '-' && at + 1 < text.Length && char.IsLetterOrDigit(text[at + 1])))
                at++;
            words.Add(new Word(start, at - start));
        }
        return words;
    }

    [GeneratedRegex(@"\b(?:[A-Z][\w'’-]{1,40}\s{1,4}){1,3}(?:County|Province|Prefecture|District|Autonomous Region|Autonomous Prefecture|Municipality)\b", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex AdministrativeUnit();
}
