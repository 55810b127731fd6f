using System.Text;
using System.Text.RegularExpressions;

namespace Timeline.Importing;

/// <summary>An institution named in a paragraph, in the order first named.</summary>
public sealed record FoundInstitution(string Id, string Name, string? Acronym, string? Country, int At);

/// <summary>
/// Finds institutions the way announcements name them: "Full Name (ACRONYM)", a run of capitalised words around
/// a head noun ("... University", "Ministry of ...", "... Foundation"), a known body ("UNESCO"), or a bare acronym
/// defined earlier in the paragraph. Units inside an institution (its departments, faculties, schools of) are
/// not institutions of their own.
/// </summary>
public static partial class InstitutionFinder
{
    /// <summary>
    /// An announcement names a handful of institutions; looking at no more than this many candidates of each sort keeps
    /// the work on any text, however long or odd, proportional to its length.
    /// </summary>
    private const int MaxCandidates = 200;

    public static IReadOnlyList<FoundInstitution> Find(string text)
    {
        var found = new List<FoundInstitution>();
        var taken = new List<(int Start, int End)>();

        // The pattern ends in an acronym in brackets: a text with no bracket is not searched.
        foreach (var match in text.Contains('(') ? Linear.Matches(WithAcronym(), text, MaxCandidates) : [])
        {
            var name = Clean(match.Groups["name"].Value);
            var acronym = match.Groups["acronym"].Value;
            if (name.Length == 0 || IsUnit(name) || Gazetteer.Countries.ContainsKey(name))
                continue;
            var at = match.Groups["name"].Index + match.Groups["name"].Value.IndexOf(name, StringComparison.Ordinal);
            // "Education Foundation of the Open University of China (OUC)": the acronym names the words it abbreviates.
            var abbreviated = Abbreviated(name, acronym);
            if (abbreviated == name && name.Contains(" and ", StringComparison.Ordinal) && Initials(name) != acronym
                && !SpelledThenOf(name.Split(' '), acronym) && InitialsWithOf(name.Split(' ')) != acronym)
                abbreviated = Clean(name[(name.LastIndexOf(" and ", StringComparison.Ordinal) + 5)..]);
            abbreviated = WithItsOwner(name, abbreviated);
            var prefix = name[..^abbreviated.Length].Trim();
            if (abbreviated.Length < name.Length && !HeadNoun().IsMatch(prefix) && TrailingConnector().IsMatch(prefix))
                Add(found, abbreviated, acronym, at + name.Length - abbreviated.Length);
            else if (abbreviated.Length < name.Length && HeadNoun().IsMatch(prefix))
            {
                // "the Open University of China and the Zimbabwe Open University (ZOU)": a known name before the "and" is a name of its own.
                var before = Clean(TrailingConnector().Replace(TrailingConnector().Replace(prefix, "").TrimEnd(), "").TrimEnd());
                Add(found, IsKnown(before) ? before : name, null, at);
                Add(found, abbreviated, acronym, at + name.Length - abbreviated.Length);
            }
            else
                Add(found, name, acronym, at);
            taken.Add((match.Index, match.Index + match.Length));
        }
        // Read before the head-noun names, which would split or shorten them.
        foreach (var (span, body) in GovernmentBodies.OfficesOfBodies(text).Where(o => !Overlaps(taken, o.Span)))
        {
            Add(found, body.Name, body.Acronym, span.Index);
            taken.Add((span.Index, span.Index + span.Length));
        }
        foreach (var department in GovernmentBodies.Departments(text).Where(d => !Overlaps(taken, d)))
        {
            Add(found, department.Value, null, department.Index);
            taken.Add((department.Index, department.Index + department.Length));
        }
        foreach (var match in Linear.Matches(WithHeadNoun(), text, MaxCandidates).Concat(Linear.Matches(HeadFirst(), text, MaxCandidates)))
        {
            if (Overlaps(taken, match))
                continue;
            // "the Asia-Pacific Open University Debating Championship": a name that goes on into an event's is the event's.
            if (EventAfter().IsMatch(text.AsSpan(match.Index + match.Length)))
            {
                taken.Add((match.Index, match.Index + match.Length));
                continue;
            }
            // "Open University Malaysia" is known whole: the pattern, stopping at its head noun, would read "Open University".
            if (KnownAt(text, match.Index) is { } whole && whole.Alias.Length > match.Length)
            {
                Add(found, whole.Institution.Name, whole.Institution.Acronym, match.Index);
                taken.Add((match.Index, match.Index + whole.Alias.Length));
                continue;
            }
            var from = 0;
            var names = SplitConjoined(WithoutOpeningWhen(match.Value)).Select(Clean).ToList();
            foreach (var name in names)
            {
                // Names come in order: each is looked for after the one before.
                var inMatch = name.Length == 0 ? -1 : match.Value.IndexOf(name, from, StringComparison.Ordinal);
                from = inMatch < 0 ? from : inMatch + name.Length;
                var at = match.Index + Math.Max(0, inMatch);
                if (name.Length > 0 && KnownAt(text, at) is { } known && known.Alias.Length > name.Length)
                    Add(found, known.Institution.Name, known.Institution.Acronym, at);
                else if (name.Length > 0 && !IsUnit(name) && (HeadNoun().IsMatch(name) && !IsNewOrOwned(text, at) && !IsMadeThere(text, at, name) && !IsOnlyAHead(name) || KnownInstitutions.Find(name) is not null)
                    && !Gazetteer.Countries.ContainsKey(name))
                    Add(found, name, null, at);
                // "Coursera and the Open University of China": joined to an institution, a name needs no head noun.
                else if (names.Count > 1 && name.Length > 0 && name.Split(' ').All(word => char.IsUpper(word[0])) && !IsNotAnInstitution(name)
                    && !IsPerson(text, at, name.Length))
                    Add(found, name, null, at);
            }
            taken.Add((match.Index, match.Index + match.Length));
        }
        FindKnownNames(text, found, taken);
        FindPartners(text, found, taken);
        // A bare acronym refers back to the institution that defined it.
        foreach (var match in Linear.Matches(BareAcronym(), text, MaxCandidates))
        {
            // "the Chinese National Commission for UNESCO": an acronym inside a name found is part of that name.
            if (!found.Any(f => f.Acronym == match.Value) && !found.Any(f => match.Index > f.At && match.Index < f.At + f.Name.Length)
                && KnownInstitutions.Find(match.Value) is { } known
                && KnownInstitutions.IsTrustedAlone(match.Value))
                Add(found, known.Name, known.Acronym, match.Index);
        }
        // "the UNESCO Institute for Lifelong Learning": a known body read at the start of a longer name is that name's owner, no party of its own.
        found.RemoveAll(f => found.Any(other => other.At == f.At && other.Name.Length > f.Name.Length
            && other.Name.StartsWith(f.Name + " ", StringComparison.Ordinal)));
        for (var i = 0; i < found.Count; i++)
        {
            if (WithItsCampus(text, found[i]) is { } campus)
                found[i] = found[i] with { Id = Slug(campus), Name = campus };
            found[i] = GovernmentBodies.OfItsCountry(text, found[i]);
        }
        return WithoutUnitsAndOtherNames(text, found.OrderBy(f => f.At).ToList());
    }

    /// <summary>
    /// "the University of California, Berkeley, signed ...": a university named after a region that is no country nor
    /// town, then a comma and a town, is that campus; the town is part of its name. After a country ("the University of
    /// Nairobi, Kenya") or a town ("the University of Lima, Peru") the words after the comma say where it is.
    /// </summary>
    private static string? WithItsCampus(string text, FoundInstitution found)
    {
        if (found.Acronym is not null || !found.Name.StartsWith("University of ", StringComparison.Ordinal)
            || found.At + found.Name.Length > text.Length || !text.AsSpan(found.At).StartsWith(found.Name, StringComparison.Ordinal))
            return null;
        var region = found.Name["University of ".Length..];
        if (region.Contains(' ', StringComparison.Ordinal) || Gazetteer.Countries.ContainsKey(region) || Gazetteer.TryGetPlace(region, out _))
            return null;
        var after = CampusAfter().Match(text, found.At + found.Name.Length, Math.Min(72, text.Length - found.At - found.Name.Length));
        if (!after.Success)
            return null;
        var town = after.Groups["town"].Value;
        return Gazetteer.TryGetPlace(town, out _) && !Gazetteer.Countries.ContainsKey(town) ? $"{found.Name}, {town}" : null;
    }

    /// <summary>
    /// "the Confucius Institute at the University of Hawaii": a unit named just before its university is the university's.
    /// "Hong Kong Metropolitan University (HKMU), known until 2021 as the Open University of Hong Kong", "the National
    /// Distance Education University of Spain, known by its Spanish acronym UNED": another name of a body names no second
    /// one; the known name is kept, else the first.
    /// </summary>
    private static List<FoundInstitution> WithoutUnitsAndOtherNames(string text, List<FoundInstitution> found)
    {
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var (first, next) = (found[i], found[i + 1]);
            var gap = next.At - first.At;
            if (gap <= 0 || gap > 240)
                continue;
            var between = text.AsSpan(first.At, gap);
            // "the OUC Confucius Institute at the University of Lusaka": an institute the home university runs abroad names
            // both; the home university is never the unit dropped.
            if (between.Length <= first.Name.Length + 12 && UnitHeadAt().IsMatch(between) && first.Id != KnownInstitutions.Home.Id)
                found.RemoveAt(i);
            else if (OtherName().IsMatch(between))
                found.RemoveAt(KnownInstitutions.Find(next.Name) is not null && KnownInstitutions.Find(first.Name) is null ? i : i + 1);
            else if (IsGlossOf(text, first, next, between))
                found.RemoveAt(i + 1);
        }
        return found;
    }

    /// <summary>
    /// "the Universidade Aberta, the Open University of Portugal", "Universidad de la República (the University of the
    /// Republic)": a name in another language followed by one in English, as an apposition or in brackets, is glossed,
    /// not joined by a second body. A list goes on after the second name with "and"; a gloss does not.
    /// </summary>
    private static bool IsGlossOf(string text, FoundInstitution first, FoundInstitution next, ReadOnlySpan<char> between)
    {
        var end = next.At + next.Name.Length;
        return ForeignHead().IsMatch(first.Name) && !EnglishHead().IsMatch(first.Name) && EnglishHead().IsMatch(next.Name)
            && KnownInstitutions.Find(next.Name) is null && GlossBetween().IsMatch(between)
            && (end > text.Length - 5 || !text.AsSpan(end).StartsWith(" and ", StringComparison.Ordinal));
    }

    /// <summary>
    /// "the UNESCO Institute for Information Technologies in Education (IITE)": a unit named after the body it belongs to,
    /// without a possessive, keeps the body's name although its acronym does not spell it.
    /// </summary>
    private static string WithItsOwner(string name, string abbreviated)
    {
        var before = name[..^abbreviated.Length].TrimEnd();
        var space = before.LastIndexOf(' ');
        var owner = before[(space + 1)..];
        return owner.Length > 0 && abbreviated.Length < name.Length && owner.All(char.IsUpper) && KnownInstitutions.Find(owner) is not null
            ? owner + " " + abbreviated
            : abbreviated;
    }

    private static bool Overlaps(List<(int Start, int End)> taken, Group match) =>
        taken.Any(span => match.Index < span.End && match.Index + match.Length > span.Start);

    /// <summary>One pass over the text finds every known name, the longest where several start at one place.</summary>
    private static void FindKnownNames(string text, List<FoundInstitution> found, List<(int Start, int End)> taken)
    {
        var claimed = new List<(int Start, int End)>();
        var hits = 0;
        for (var at = text.AsSpan().IndexOfAny(KnownInstitutions.StandaloneNames); at >= 0 && hits++ < MaxCandidates;)
        {
            var next = at + 1;
            if (!taken.Any(span => at >= span.Start && at < span.End) && KnownAt(text, at) is { } known)
            {
                Add(found, known.Institution.Name, known.Institution.Acronym, at);
                claimed.Add((at, at + known.Alias.Length));
                next = at + known.Alias.Length;
            }
            var ahead = next < text.Length ? text.AsSpan(next).IndexOfAny(KnownInstitutions.StandaloneNames) : -1;
            at = ahead < 0 ? -1 : next + ahead;
        }
        taken.AddRange(claimed);
    }

    private static (KnownInstitution Institution, string Alias)? KnownAt(string text, int at)
    {
        if (!StandaloneByFirstLetter.TryGetValue(text[at], out var starting))
            return null;
        foreach (var (known, alias) in starting)
        {
            if (string.CompareOrdinal(text, at, alias, 0, alias.Length) == 0 && IsWholeWord(text, at, alias.Length))
                return (known, alias);
        }
        return null;
    }

    /// <summary>The standalone names by their first letter, longest first as in <see cref="KnownInstitutions.Standalone"/>: only those can start at a place.</summary>
    private static readonly Dictionary<char, (KnownInstitution Institution, string Alias)[]> StandaloneByFirstLetter =
        KnownInstitutions.Standalone.GroupBy(s => s.Alias[0]).ToDictionary(g => g.Key, g => g.ToArray());

    private static void Add(List<FoundInstitution> found, string name, string? acronym, int at)
    {
        var known = KnownInstitutions.Find(name) ?? (acronym is null ? null : KnownInstitutions.Find(acronym) is { } byAcronym
            && byAcronym.Name.Equals(name, StringComparison.OrdinalIgnoreCase) ? byAcronym : null);
        // "Mahidol University of Thailand" is Mahidol University, in Thailand; "the National University of Laos" keeps
        // its country in its name, and is in it too.
        var country = known?.Country ?? CountryAtEnd(name);
        if (known is null && acronym is null && country is not null && NameDoubts.NameBeforeItsPlace(name) is { } placed)
        {
            name = placed.Name;
            known = KnownInstitutions.Find(name);
            country = known?.Country ?? country;
        }
        // "the International Exchange Office of the OUC": an office or school named as the home university's is the home
        // university taking part, as its possessive makes it ("the OUC's Office of International Exchange"), also where the
        // possessive opens the name read ("Staff of the OUC's School of Engineering").
        if (known is null && HomeUnit().IsMatch(name))
        {
            Add(found, KnownInstitutions.Home.Name, KnownInstitutions.Home.Acronym, at);
            return;
        }
        var id = known?.Id ?? Slug(name);
        if (id.Length == 0)
            return;
        if (found.Any(f => f.Id == id || (acronym is not null && f.Acronym == acronym)))
            return;
        found.Add(new FoundInstitution(id, known?.Name ?? name, acronym ?? known?.Acronym, country, at));
        // "Education Foundation of the Open University of China" also brings the university itself in.
        var ofAt = name.IndexOf(" of ", StringComparison.Ordinal);
        if (known is null && ofAt > 0)
        {
            var rest = name[(ofAt + 4)..];
            if (KnownInstitutions.Find(rest.StartsWith("the ", StringComparison.Ordinal) ? rest[4..] : rest) is { } parent)
                Add(found, parent.Name, parent.Acronym, at + ofAt + 4);
        }
    }

    /// <summary>"Government officials", "University staff": a head noun alone, as a sentence's first word or in a phrase, names no body.</summary>
    private static bool IsOnlyAHead(string name) => !name.Contains(' ', StringComparison.Ordinal);

    /// <summary>A department, faculty or school of a body, or one of the home university's own centres ("OUC Learning Centre").</summary>
    internal static bool IsUnit(string name) => UnitName().IsMatch(name);

    /// <summary>
    /// "unveiled a Centre for Chinese Language Teaching": a name after "a" is something new, not a body taking part;
    /// "the OUC's Institute of Lifelong Learning Research", "launched its Silk Road Online Academy": a name after a known
    /// body's possessive, or after "its", is a unit of it.
    /// </summary>
    // Read from the last words before the name only: the longest the pattern can match is "Open University of China's"
    // and four spaces, and its boundaries still see the character before where the search starts.
    private static bool IsNewOrOwned(string text, int at) => NewOrOwned().IsMatch(text.AsSpan(0, at), Math.Max(0, at - OwnerBefore));

    /// <summary>
    /// "The Sino-Mongolian Centre for Distance Education was unveiled at ...", "since the China-Serbia Centre for Open Education
    /// opened in 2021", "Set up by the OUC and UNESCO, the Centre for
    /// ... began its work": a centre or institute the paragraph tells being made is what was made, not a party to it.
    /// </summary>
    private static bool IsMadeThere(string text, int at, string name) =>
        MadeHead().IsMatch(name) && at + name.Length <= text.Length
        && (MadeAfter().IsMatch(text, at + name.Length) || MadeBefore().IsMatch(text.AsSpan(0, at), Math.Max(0, at - MadeOpener)));

    /// <summary>More than the longest text <see cref="MadeBefore"/> can match.</summary>
    private const int MadeOpener = 160;

    [GeneratedRegex(@"\b(?:Centre|Center|Institute|Academy|Network|Laboratory|Alliance|Classroom)\b", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex MadeHead();

    [GeneratedRegex(@"\G\s{1,4}(?:was|were|has\s{1,4}been)\s{1,4}(?:(?:formally|officially|jointly)\s{1,4})?(?:unveiled|inaugurated|launched|set\s{1,4}up|established)\b|\G\s{1,4}opened\s{1,4}(?:in|on)\b", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex MadeAfter();

    [GeneratedRegex(@"(?:^|[.;]\s{1,4})(?:Set\s{1,4}up|Established|Founded|Launched|Created|Built)\s{1,4}by\b[^,.;]{1,120},\s{1,4}(?:the\s{1,4})?$", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex MadeBefore();

    /// <summary>More than the longest text <see cref="NewOrOwned"/> can match.</summary>
    private const int OwnerBefore = 64;

    [GeneratedRegex(@"\b(?:and|with|between|the|of)$", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex TrailingConnector();

    [GeneratedRegex("^(?:January|February|March|April|May|June|July|August|September|October|November|December)$", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex Months();

    [GeneratedRegex("^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex Weekdays();

    public static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
                slug.Append(char.ToLowerInvariant(c));
            else if (LatinLetters.PlainOf(c) is { } plain)
                slug.Append(plain.ToLowerInvariant());
            else if (char.IsWhiteSpace(c) || c is '-' or '&' or '/' or ',')
                slug.Append('-');
        }
        return MultipleHyphens().Replace(slug.ToString(), "-").Trim('-');
    }

    private static bool IsWholeWord(string text, int at, int length)
    {
        var end = at + length;
        return (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]));
    }

    // Words and runs of words are bounded, so each place in a text is tried a bounded number of times.
    /// <summary>Small words inside names, English and the particles of other languages ("Ateneo de Manila", "Universidade Federal do Rio").</summary>
    private const string Particles = "of|for|and|the|on|in|de|do|da|dos|das|di|del|della|des|du|van|von|der|den|la|y|a|para|&";

    /// <summary>
    /// A capitalised word of a name. A full stop inside a word ("U.S.") or after an abbreviation or an initial ("St. Mary's",
    /// "J. F. Kennedy") belongs to the name; any other full stop ends the sentence, and the name with it ("the University
    /// of Lima. Zhang Lei, ..."). The first alternative that fits is kept, so each place is tried a bounded number of times.
    /// </summary>
    private const string NameWord = @"(?>(?:[A-Z]\.){2,6}|(?:St|Ste|Mt|Ft|Dr|Univ|Inst|Natl|Intl|Co|Ltd|Inc|Jr|[A-Z])\.|[A-Z](?:[\w'’&-]|\.(?=\w)){0,40})";

    private const string Word = "(?:" + NameWord + "|" + Particles + ")";

    /// <summary>
    /// Fields listed with commas inside a name, the list closed by "and": "Ministry of Education, Youth and Sport". A comma
    /// and a word with no "and" to close them ("the University of Nairobi, Kenya") end the name.
    /// </summary>
    private const string FieldList = @"(?:,\s{1,4}" + NameWord + @"){1,4}\s{1,4}and\s{1,4}" + NameWord;

    /// <summary>The English head nouns of bodies' names: "... University", "Ministry of ...", "Lagos State Government".</summary>
    private const string Heads = "University|College|Institute|Ministry|Bureau|Foundation|Office|Commission|School|Centre|Center|Academy|Association|Council|Agency|Organi[sz]ation|Bank|Company|Corporation|Group|Polytechnic|Museum|Library|Committee|Federation|Society|Administration|Embassy|Consulate|Branch|Secretariat|Network|Chamber|Board|Authority|Government";

    [GeneratedRegex(@"(?<name>\b" + Word + @"(?:\s{1,4}" + Word + @"){0,14})\s{0,4}\((?<acronym>[A-Z][A-Za-z&]{0,10}[A-Z])\)", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex WithAcronym();

    [GeneratedRegex(@"\b(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)" + NameWord + @"\s{1,4}(?:(?:" + Particles + @")\s{1,4}){0,3}){0,10}(?:" + Heads + @")\b(?:\s{1,4}(?:of|for|in|on)\s{1,4}(?:the\s{1,4})?" + NameWord + @"(?:\s{1,4}(?:(?:and|de|do|da|dos|das|di|del|della|des|du|van|von|der|den|la|y|a|es|para|with(?=\s{1,4}Disabilit))\s{1,4})?" + NameWord + @"|" + FieldList + @"){0,8}){0,3}", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex WithHeadNoun();

    [GeneratedRegex(@"\b(?:" + Heads + "|UNESCO|UNICEF|" + ForeignHeads + @")\b", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex HeadNoun();

    [GeneratedRegex(@"^\s{1,4}(?:(?>[A-Z][\w'’-]{0,40})\s{1,4}){0,3}(?:Championships?|Contests?|Competitions?|Conferences?|Forums?|Summits?|Olympiads?|Games|Festivals?|Awards?|Prizes?|Cup|Week)\b", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex EventAfter();

    [GeneratedRegex(@"\G,\s{1,4}(?<town>[A-Z][a-z]{1,30}(?:\s[A-Z][a-z]{1,30})?)(?=[,.;)]|\s{1,4}[a-z(]|$)", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex CampusAfter();

    [GeneratedRegex(@"\b(?:Institute|Centre|Center|Classroom|Office|Laboratory)\s{1,4}at\s{1,4}(?:the\s{1,4})?$", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex UnitHeadAt();

    [GeneratedRegex(@"^[^,.;]{0,60},\s{1,4}(?:(?:formerly|previously)\s{1,4})?(?:known\s{1,4}(?:until\s{1,4}(?:19|20)\d{2}\s{1,4})?(?:as|by\s{1,4}(?:its|the)\s{1,4}(?:[\w-]{1,20}\s{1,4})?(?:acronym|abbreviation|name))|formerly|previously)\s{1,4}(?:the\s{1,4})?$", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex OtherName();

    [GeneratedRegex(@"\b(?:" + Heads + @")\b", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex EnglishHead();

    [GeneratedRegex(@"^(?:" + ForeignHeads + @")\b", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex ForeignHead();

    [GeneratedRegex(@"^[^,.;()]{1,80}(?:\s{1,4}\([A-Z][A-Za-z]{1,8}\))?\s{0,4}(?:\s{1,4}(?:of|in)\s{1,4}[A-Z][\w-]{1,30}(?:\s{1,4}[A-Z][\w-]{1,30}){0,2})?\s{0,4}(?:,\s{0,4}the\s{1,4}|\(\s{0,4}(?:the\s{1,4})?)$", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex GlossBetween();

    [GeneratedRegex(@"\b[A-Z]{2,8}\b", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex BareAcronym();

    private static readonly System.Collections.Frozen.FrozenSet<string> Connectors =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(Particles.Split('|'), StringComparer.Ordinal);

    // "the OUC Learning Centre in Zambia": the home university's own centres and branches are named after it, as its units.
    // "the city's Confucius Institute", named without the university that hosts it, is a unit of that university.
    [GeneratedRegex(@"^(?:Department|Faculty|Division|Section)\b|^(?:School|Office|College) of (?!the\s)|^Party Committee\b|^OUC\s|^Confucius (?:Institute|Classroom)$", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex UnitName();

    [GeneratedRegex(@"\b(?:Office|Department|Division|Faculty|School|College|Centre|Center)\s{1,4}of\s{1,4}(?:the\s{1,4})?(?:OUC|Open\s{1,4}University\s{1,4}of\s{1,4}China)$|^(?:OUC|Open\s{1,4}University\s{1,4}of\s{1,4}China)['’]s\s", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex HomeUnit();

    [GeneratedRegex(@"(?:\b(?:a|an|A|An|its|Its)|\b(?:OUC|Open University of China|UNESCO)['’]s)\s{1,4}$", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex NewOrOwned();

    [GeneratedRegex("-{2,}", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex MultipleHyphens();
}
