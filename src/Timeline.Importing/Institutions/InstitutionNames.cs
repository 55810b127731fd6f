using System.Text.RegularExpressions;

namespace Timeline.Importing;

/// <summary>How a run of words found by the patterns becomes one institution's name: what prose wraps around names is cut off.</summary>
public static partial class InstitutionFinder
{
    /// <summary>
    /// "On Wednesday the OUC and the University of ...", "In March the ...": a sentence opened by when it happened, its
    /// words capitalised as any sentence's first are, names no one; what follows may be names joined by "and".
    /// </summary>
    private static string WithoutOpeningWhen(string run)
    {
        var first = run.IndexOf(' ');
        if (first <= 0 || run[..first] is not ("On" or "In" or "During" or "Last" or "This" or "Since" or "By"))
            return run;
        var second = run.IndexOf(' ', first + 1);
        if (second < 0)
            return run;
        var when = run[(first + 1)..second].TrimEnd(',');
        if (!Weekdays().IsMatch(when) && !Months().IsMatch(when))
            return run;
        var rest = run[(second + 1)..];
        return rest.StartsWith("the ", StringComparison.Ordinal) ? rest[4..] : rest;
    }

    /// <summary>Leading articles and stray connectors are not part of a name.</summary>
    private static string Clean(string name)
    {
        var words = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && (Connectors.Contains(words[0]) || words[0] is "The" or "A" or "An"))
            words.RemoveAt(0);
        while (words.Count > 0 && Connectors.Contains(words[^1]))
            words.RemoveAt(words.Count - 1);
        // "Mongolia's Institute of ...": the possessive is where it is, not part of its name.
        if (words.Count > 1 && words[0].EndsWith("'s", StringComparison.Ordinal) || words.Count > 1 && words[0].EndsWith("’s", StringComparison.Ordinal))
        {
            var owner = words[0][..^2];
            // "The OUC's School of Education": a known body's possessive says whose it is, and the rest may be a unit of it.
            if (Gazetteer.IsPlace(owner) || KnownInstitutions.Find(owner) is not null)
                words.RemoveAt(0);
        }
        // "the Open University of China's president", "... China's Shanghai learning centre": a name ends at its possessive.
        // "the Lao People's Democratic Republic": "People's" inside a country's name is no possessive.
        var possessive = words.Count < 2 ? -1 : words.FindIndex(1, w => (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal))
            && w[..^2] != "People");
        // "Kazakh National Women's Teacher Training University": a possessive before the head noun is inside the name.
        // "Staff of Zambia's Ministry of ...": a place's possessive there says where the name after it is.
        if (possessive > 0 && !HeadNoun().IsMatch(string.Join(' ', words[..possessive])) && HeadNoun().IsMatch(string.Join(' ', words[(possessive + 1)..])))
        {
            if (Gazetteer.IsPlace(words[possessive][..^2]))
                words = words[(possessive + 1)..];
            possessive = -1;
        }
        if (possessive > 0)
        {
            words = words[..(possessive + 1)];
            words[^1] = words[^1][..^2];
        }
        return string.Join(' ', WithoutNationality([.. Unwrap(string.Join(' ', words).TrimEnd('.', ',')).Split(' ')]));
    }

    /// <summary>
    /// "X College of Science and Technology and Y University" names two institutions; "Industrial and Commercial
    /// Bank" one: a new name starts at an "and" only when what came before is already a whole institution.
    /// </summary>
    private static IEnumerable<string> SplitConjoined(string text)
    {
        var current = "";
        foreach (var part in text.Split(" and "))
        {
            // "the Ministry of Education and Sports of Laos" is one name: what follows "and" ends with a country and has no head of its own.
            // "the Ministry of Education and Science" too: a bare field after "and", where the name before it ends in a field too.
            var continues = !HeadNoun().IsMatch(part) && !IsKnown(part) && (EndsWithCountry(part) || JoinsField(current, part));
            if (current.Length > 0 && !continues && (HeadNoun().IsMatch(current) && HeadNoun().IsMatch(part) || IsKnown(current) || EndsWithKnown(current) || IsKnown(part)))
            {
                yield return current;
                current = part;
            }
            else
                current = current.Length == 0 ? part : $"{current} and {part}";
        }
        yield return current;
    }

    private static bool JoinsField(string current, string part)
    {
        var lastOf = current.LastIndexOf(" of ", StringComparison.Ordinal);
        if (lastOf < 0 || part.Contains(' ', StringComparison.Ordinal) || part.Length == 0 || !char.IsUpper(part[0]))
            return false;
        var field = current[(lastOf + 4)..];
        // "Ministry of Education, Youth" before "and Sport": the field the "and" joins is the list's last.
        field = field[(field.LastIndexOf(", ", StringComparison.Ordinal) + 1)..].TrimStart();
        return !field.Contains(' ', StringComparison.Ordinal) && !Gazetteer.IsPlace(field) && !IsKnown(field)
            && !Gazetteer.IsPlace(part);
    }

    private static bool EndsWithCountry(string words) => CountryAtEnd(words) is not null;

    /// <summary>The country a run of words ends with after "of" ("Ministry of Education of Cambodia"), if it ends with one.</summary>
    private static string? CountryAtEnd(string words)
    {
        var lastOf = words.LastIndexOf(" of ", StringComparison.Ordinal);
        return lastOf >= 0 && Gazetteer.Countries.TryGetValue(WithoutArticle(words[(lastOf + 4)..]), out var country) ? country : null;
    }

    /// <summary>"Officials of the OUC": a known name at the end of a run of words ends a name there.</summary>
    private static bool EndsWithKnown(string words)
    {
        var lastOf = words.LastIndexOf(" of ", StringComparison.Ordinal);
        return lastOf > 0 && IsKnown(words[(lastOf + 4)..]);
    }

    /// <summary>A body known by name, also when prose adds where it is: "the Open Universiteit of the Netherlands".</summary>
    private static bool IsKnown(string name)
    {
        var plain = name.Trim();
        plain = plain.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? plain[4..] : plain;
        var lastOf = plain.LastIndexOf(" of ", StringComparison.Ordinal);
        return KnownInstitutions.Find(plain) is not null
            || lastOf > 0 && KnownInstitutions.Find(plain[..lastOf]) is not null && Gazetteer.Countries.ContainsKey(plain[(lastOf + 4)..].Replace("the ", "", StringComparison.Ordinal));
    }

    /// <summary>
    /// The shortest ending of <paramref name="name"/> whose capitalised words spell <paramref name="acronym"/>; failing
    /// that, the shortest whose first capitalised words spell it and go on with "of" ("Food and Agriculture
    /// Organization of the United Nations (FAO)": an acronym often leaves out where a body belongs).
    /// </summary>
    private static string Abbreviated(string name, string acronym)
    {
        var words = name.Split(' ');
        for (var start = words.Length - 1; start >= 0; start--)
        {
            if (Initials(string.Join(' ', words[start..])).Equals(acronym, StringComparison.OrdinalIgnoreCase))
                return string.Join(' ', words[start..]);
        }
        for (var start = words.Length - 1; start >= 0; start--)
        {
            if (SpelledThenOf(words[start..], acronym))
                return string.Join(' ', words[start..]);
        }
        // "Ministry of Education and Training (MOET)": an acronym that spells its "of" as well, and so the whole name.
        for (var start = words.Length - 1; start >= 0; start--)
        {
            if (InitialsWithOf(words[start..]).Equals(acronym, StringComparison.Ordinal))
                return string.Join(' ', words[start..]);
        }
        return name;
    }

    private static string InitialsWithOf(string[] words) =>
        string.Concat(words.Where(w => w.Length > 0 && (char.IsUpper(w[0]) || w == "of")).Select(w => w == "of" ? 'O' : w[0]));

    private static bool SpelledThenOf(string[] words, string acronym)
    {
        var spelled = 0;
        for (var i = 0; i < words.Length && spelled < acronym.Length; i++)
        {
            if (words[i].Length == 0 || !char.IsUpper(words[i][0]))
                continue;
            if (char.ToUpperInvariant(words[i][0]) != char.ToUpperInvariant(acronym[spelled++]))
                return false;
            if (spelled == acronym.Length)
                return i + 1 < words.Length && words[i + 1] == "of";
        }
        return false;
    }

    private static string Initials(string name) =>
        string.Concat(name.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));

    /// <summary>
    /// What prose wraps around a name: "Vice president Wang Ping of the Open University of China" names the
    /// university; "Hanoi Open University in Hanoi" and "... in March" end before "in"; "Anadolu University of
    /// Turkey" is the known Anadolu University.
    /// </summary>
    private static string Unwrap(string name)
    {
        if (KnownInstitutions.Find(name) is not null)
            return name;
        // "Sukhothai Thammathirat Open University in Nonthaburi", "the Open University of China on November 2nd":
        // a known name, or any name before a month or a weekday, ends where the prose goes on.
        foreach (var joint in (string[])[" in ", " on "])
        {
            var at = name.IndexOf(joint, StringComparison.Ordinal);
            if (at > 0 && (KnownInstitutions.Find(name[..at]) is not null || Months().IsMatch(name[(at + 4)..].Split(' ')[0])
                || Weekdays().IsMatch(name[(at + 4)..].Split(' ')[0])))
                return Unwrap(name[..at]);
        }
        var inAt = name.LastIndexOf(" in ", StringComparison.Ordinal);
        if (inAt > 0 && (Gazetteer.IsPlace(name[(inAt + 4)..]) || StartsWithPlace(name[(inAt + 4)..])
            || Months().IsMatch(name[(inAt + 4)..]) || name[(inAt + 4)..].EndsWith("County", StringComparison.Ordinal)))
            return Unwrap(name[..inAt]);
        var ofAt = name.IndexOf(" of ", StringComparison.Ordinal);
        // "the Distance Education Centre of the University of Malawi": a unit of a university names the university.
        if (ofAt > 0 && UnitHead().IsMatch(name[..ofAt]) && WithoutArticle(name[(ofAt + 4)..]) is var owner && OwnerHead().IsMatch(owner))
            return Unwrap(owner);
        if (ofAt > 0 && !HeadNoun().IsMatch(name[..ofAt]))
        {
            var rest = name[(ofAt + 4)..];
            rest = rest.StartsWith("the ", StringComparison.Ordinal) ? rest[4..] : rest;
            if (HeadNoun().IsMatch(rest))
                return Unwrap(rest);
        }
        var lastOf = name.LastIndexOf(" of ", StringComparison.Ordinal);
        if (lastOf > 0 && Gazetteer.Countries.TryGetValue(WithoutArticle(name[(lastOf + 4)..]), out var country)
            && KnownInstitutions.Find(name[..lastOf]) is { } known && (known.Country is null || known.Country == country))
            return name[..lastOf];
        return name;
    }

    private static string WithoutArticle(string words) => words.StartsWith("the ", StringComparison.Ordinal) ? words[4..] : words;

    /// <summary>"Colombo and Kandy", "the United States": what follows "in" is somewhere, not part of a name.</summary>
    private static bool StartsWithPlace(string words)
    {
        var plain = words.StartsWith("the ", StringComparison.Ordinal) ? words[4..] : words;
        var and = plain.IndexOf(" and ", StringComparison.Ordinal);
        return Gazetteer.IsPlace(and > 0 ? plain[..and] : plain);
    }

    [GeneratedRegex(@"\b(?:Centre|Center|Institute|Office|Department|Faculty|School|Laboratory|Library|Classroom)$", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex UnitHead();

    [GeneratedRegex(@"^(?:(?>[A-Z][\w'’-]{0,40})\s){0,4}(?:University|College|Polytechnic)\b", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex OwnerHead();
}
