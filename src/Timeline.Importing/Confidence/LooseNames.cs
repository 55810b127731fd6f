namespace Timeline.Importing;

/// <summary>
/// Names in a paragraph that no institution found accounts for: "China Mobile", "the Kazakh National Women's Teacher
/// Training University", or the "Cork" of "University College Cork" when only "University College" was read. The finder
/// misses names without a head noun and cuts some short; such a name left over is the sign of a miss. Places, dates,
/// people (after a role: "vice president Li Song"), events ("Science Week") and units ("Guizhou Province") are not it.
/// </summary>
public static class LooseNames
{
    /// <summary>Longer runs of capitalised words are headlines or shouting, not names; judging them would cost with their length.</summary>
    private const int MaxNameWords = 24;

    /// <summary>The first such name, if any.</summary>
    public static string? FirstUncovered(string text, IReadOnlyList<FoundInstitution> found)
    {
        var run = new List<(int Start, int End)>(16);
        // A person named once with a role is the same person when named again without it: "Zhang Lei briefed the guests".
        var people = new List<string>();
        var position = 0;
        while (NextWord(text, ref position) is var (start, end))
        {
            var word = text.AsSpan(start, end - start);
            var joined = run.Count > 0 && text.AsSpan(run[^1].End, start - run[^1].End) is " ";
            var inName = char.IsUpper(word[0]) && !NameWords.IsRole(word) || joined && NameWords.IsConnector(word);
            if (inName && joined)
            {
                run.Add((start, end));
                continue;
            }
            if (Loose(text, run, found, people) is { } loose)
                return loose;
            run.Clear();
            if (inName)
                run.Add((start, end));
        }
        return Loose(text, run, found, people);
    }

    /// <summary>A run of words splits into names at "and", "in" and after a possessive: each is judged alone.</summary>
    private static string? Loose(string text, List<(int Start, int End)> run, IReadOnlyList<FoundInstitution> found, List<string> people)
    {
        if (run.Count is 0 or > MaxNameWords)
            return null;
        if (IsPerson(text, run[0].Start, run[^1].End))
        {
            people.Add(text[run[0].Start..run[^1].End]);
            return null;
        }
        var from = 0;
        for (var k = 0; k <= run.Count; k++)
        {
            var ends = k == run.Count || NameWords.IsBreak(Span(text, run[k])) || k > from && IsPossessive(Span(text, run[k - 1]));
            if (!ends)
                continue;
            // "the OUC's Research Institute for Lifelong Learning": a name after a party's possessive is a unit of it.
            var owned = from > 0 && IsPossessive(Span(text, run[from - 1])) && Owns(Span(text, run[from - 1])[..^2], found);
            if (k > from && !owned && Judge(text, run.GetRange(from, k - from), found, people) is { } loose)
                return loose;
            from = NameWords.IsBreak(k < run.Count ? Span(text, run[k]) : default) ? k + 1 : k;
        }
        return null;
    }

    private static bool Owns(ReadOnlySpan<char> owner, IReadOnlyList<FoundInstitution> found)
    {
        foreach (var institution in found)
        {
            if (owner.SequenceEqual(institution.Acronym) || owner.Length > 2 && institution.Name.AsSpan().EndsWith(owner, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static string? Judge(string text, List<(int Start, int End)> name, IReadOnlyList<FoundInstitution> found, List<string> people)
    {
        while (name.Count > 0 && NameWords.IsConnector(Span(text, name[^1])))
            name.RemoveAt(name.Count - 1);
        while (name.Count > 0 && (NameWords.IsOpener(Span(text, name[0])) || NameWords.IsConnector(Span(text, name[0]))))
            name.RemoveAt(0);
        if (name.Count == 0)
            return null;
        var words = text[name[0].Start..name[^1].End];
        var plain = IsPossessive(words) ? words[..^2] : words;
        if (people.Contains(plain) || InstitutionFinder.IsUnit(plain))
            return null;
        if (found.Any(f => f.Name.Contains(plain, StringComparison.OrdinalIgnoreCase) || f.Acronym == plain) || KnownInstitutions.Find(plain) is not null)
            return null;
        // A name found inside a longer one: what is left over may be the part the finder cut off.
        var inside = found.Where(f => plain.Contains(f.Name, StringComparison.Ordinal) || f.Acronym is { } a && plain.Contains(a, StringComparison.Ordinal))
            .Select(f => plain.Contains(f.Name, StringComparison.Ordinal) ? f.Name : f.Acronym!).MaxBy(n => n.Length);
        if (inside is not null)
        {
            // "Staff of the OUC", "Wang Ping of the OUC" are parts of it or its people; "University College Cork" read as
            // "University College" has words right next to it.
            var rest = plain.Replace(inside, " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // "the ICDE World Conference": what goes on past the name is an event of it, not more of its name.
            return rest.Length > 0 && !NameWords.NamesNoInstitution(string.Join(' ', rest)) && !NameWords.IsConnector(rest[^1]) && !NameWords.IsConnector(rest[0])
                && rest.Any(w => char.IsUpper(w[0]) && !NameWords.IsPlaceOrDate(w) && !NameWords.IsOpener(w)) ? plain : null;
        }
        if (name.Count(w => char.IsUpper(text[w.Start])) < 2 || NameWords.IsPlaceOrDate(plain) || NameWords.NamesNoInstitution(plain)
            || name.All(w => NameWords.IsConnector(Span(text, w)) || NameWords.IsPlaceOrDate(Span(text, w)))
            || IsPerson(text, name[0].Start, name[^1].End))
            return null;
        return plain;
    }

    /// <summary>"vice president Wang Ping", "the Minister of Education of X", "Li Song, vice president of ...": a person or an office.</summary>
    private static bool IsPerson(string text, int start, int end)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        var previous = LastWord(before);
        if (previous is "of" or "for")
            previous = LastWord(before[..^previous.Length].TrimEnd());
        var after = text.AsSpan(end).TrimStart();
        if (after.StartsWith(","))
        {
            after = after[1..].TrimStart();
            foreach (var article in (string[])["the ", "a ", "an "])
                after = after.StartsWith(article, StringComparison.OrdinalIgnoreCase) ? after[article.Length..] : after;
            // "Jing Degang, OUC president": the institution's acronym before the role.
            var acronym = after.IndexOf(' ');
            if (acronym > 1 && after[..acronym].ToString().All(char.IsUpper))
                after = after[(acronym + 1)..];
            var next = after.IndexOfAny(' ', ',');
            if (NameWords.IsRole(next < 0 ? after : after[..next]))
                return true;
        }
        return NameWords.IsRole(previous);
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text)
    {
        var space = text.LastIndexOfAny(' ', '\n');
        return text[(space + 1)..].TrimEnd(',');
    }

    private static ReadOnlySpan<char> Span(string text, (int Start, int End) word) => text.AsSpan(word.Start, word.End - word.Start);

    private static bool IsPossessive(ReadOnlySpan<char> word) => word.EndsWith("'s") || word.EndsWith("’s") || word.EndsWith("s'");

    private static (int Start, int End)? NextWord(string text, ref int position)
    {
        while (position < text.Length && !char.IsLetterOrDigit(text[position]))
            position++;
        var start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '\'' or '’' or '-' or '&'))
            position++;
        return start < text.Length ? (start, position) : null;
    }
}
