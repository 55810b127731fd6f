using System.Text.RegularExpressions;

namespace Timeline.Importing;

/// <summary>
/// Names with no English head noun: a company or platform ("Huawei", "Coursera", "China Mobile") and institutions
/// named in their own language, whose head comes first ("Universidade Aberta", "Universiti Sains Malaysia").
/// </summary>
public static partial class InstitutionFinder
{
    /// <summary>Words for a university or institute in other languages, written before the rest of the name.</summary>
    private const string ForeignHeads = "Universiti|Universitas|Universidade|Universidad|Universitat|Università|Universita|Université|Universität|Universiteit|Universitatea|Uniwersytet|Politecnico|Politécnico|Instituto|Institut|Hochschule|Escuela|Akademia";

    private const string Name = Capitalised + @"(?:\s(?!and\b)" + Capitalised + @"){0,2}";

    private const string Capitalised = @"(?!(?:The|A|An|This|These|Its|Their|Our|On|In|At|By|For|From|With|And|It|He|She|They|We|Both|Each|All)\b)(?>[A-Z][\w'’&-]{0,40})";

    /// <summary>
    /// The slots partners stand in: "with X", "by X", "and X", "between X", and at the start of a sentence "X and
    /// the OUC". Whatever stands there must still not be a place, a person, a month or a name already found.
    /// </summary>
    private static void FindPartners(string text, List<FoundInstitution> found, List<(int Start, int End)> taken)
    {
        foreach (var match in Linear.Matches(PartnerSlot(), text, MaxCandidates))
        {
            var group = match.Groups["name"];
            var name = group.Value;
            if (taken.Any(span => group.Index < span.End && group.Index + group.Length > span.Start)
                || IsNotAnInstitution(name) || IsPerson(text, group.Index, group.Length))
                continue;
            // "Education and Science", "Edmonton and Athabasca": after "and", a name is a partner only beside another
            // institution; otherwise it is the second half of whatever the first half was.
            var joined = match.Groups["joined"];
            if (joined.Success && !taken.Any(span => span.End <= joined.Index && span.End >= joined.Index - 3))
                continue;
            Add(found, name, null, group.Index);
            taken.Add((group.Index, group.Index + group.Length));
        }
    }

    // "a need they share with Greenland's towns": a place's possessive is the place.
    private static bool IsNotAnInstitution(string name) =>
        Gazetteer.IsPlace(name) || (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal)) && Gazetteer.IsPlace(name[..^2]) || Gazetteer.WordPlaces.ContainsKey(name) || Gazetteer.Demonyms.ContainsKey(name) || Months().IsMatch(name) || NotNames().IsMatch(name)
        || KnownInstitutions.Find(name) is not null || name.Split(' ').Any(word => Gazetteer.Demonyms.ContainsKey(word) && !Gazetteer.Countries.ContainsKey(word))
        || name.Split(' ').All(word => Gazetteer.IsPlace(word) || Gazetteer.Countries.ContainsKey(word));

    /// <summary>A person comes with a role before or after the name: "vice president Li Ming", "Li Ming, its dean".</summary>
    private static bool IsPerson(string text, int at, int length) =>
        RoleBefore().IsMatch(text.AsSpan(Math.Max(0, at - 40), Math.Min(40, at))) || RoleAfter().IsMatch(text, at + length);

    [GeneratedRegex(@"\b(?:with|by|between|(?<joined>and))\s+(?<name>" + Name + @")(?=\s+[a-z]|[,.;:]|$)|(?:^|[.;]\s+)(?<name>" + Name + @")(?=\s+and\s+(?:the\s+)?(?:OUC|Open University of China)\b)", RegexOptions.Multiline, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex PartnerSlot();

    // "led by H.E. Sok Dara", "by Assoc. Prof. Dr ...": an honorific opens a person, never a body.
    [GeneratedRegex(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English|Chinese|Arabic|French|Spanish|Russian|Portuguese|Mandarin|Internet|Party|Mr|Mrs|Ms|Dr|H|Hon|Assoc|Professor|Prof|President|Minister|Ambassador|Director|Dean|Rector|Secretary|OUC|COVID|Covid)\b|\d|\b(?:Minister|Ambassador|President|Rector|Director|Dean|Secretary|Chancellor|Governor|Mayor)$", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex NotNames();

    [GeneratedRegex(@"\b(?:president|director|dean|rector|minister|ambassador|secretary|chair(?:man|woman|person)?|professor|prof\.?|dr\.?|mr\.?|mrs\.?|ms\.?|chancellor|principal|head|manager|officer|representative|counsellor|consul|expert|teacher|lecturer|tutor|colleague)s?\s+(?:of\s+\w+\s+)?$", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex RoleBefore();

    // "Jing Degang, OUC president": the role may follow its body's acronym.
    [GeneratedRegex(@"\G\s*,\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:(?-i:[A-Z]{2,8})\s+)?(?:(?:executive|vice|deputy|associate|assistant|acting|former|general|chief)\s+)*(?:president|director|dean|rector|minister|ambassador|secretary|chair|professor|chancellor|principal|head|manager|officer|representative|founder|ceo)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex RoleAfter();

    [GeneratedRegex(@"\b(?:" + ForeignHeads + @")(?:\s{1,4}(?:(?:de|da|do|dos|das|di|din|del|della|des|du|la|las|los|les|el|a|e|y|para|für|van|voor)\s{1,4}){0,2}(?>[A-Z\u00C0-\u00DE](?:[\w'’-]|\.(?=\w)){0,40})){1,6}", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex HeadFirst();
}
