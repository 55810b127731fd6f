using System.Buffers;
using System.Collections.Frozen;

namespace Timeline.Importing;

/// <summary>
/// Signs that an institution was read wrong that show in the name itself or right around it: a name that ran into
/// another, ran past a possessive, stopped before a foreign particle, is only a place, or a lone capitalised word no
/// rule accounts for (a partner named without a head noun).
/// </summary>
internal static class NameDoubts
{
    /// <summary>
    /// "X University and Y College" read as one, a name that ran on into "in" and a place, or past a possessive
    /// ("UNESCO's Institute for ..."). A name read with its acronym, or known, is whole: "International Council for
    /// Open and Distance Education (ICDE)".
    /// </summary>
    public static bool RunsOn(FoundInstitution institution)
    {
        if (institution.Acronym is not null || KnownInstitutions.Find(institution.Name) is not null)
            return false;
        var name = institution.Name;
        var and = name.LastIndexOf(" and ", StringComparison.Ordinal);
        return name.Contains(" in ", StringComparison.Ordinal)
            || name.Contains("'s ", StringComparison.Ordinal) || name.Contains("’s ", StringComparison.Ordinal)
            || and > 0 && name[and..].AsSpan().IndexOfAny(HeadNouns) >= 0 && name[..and].AsSpan().IndexOfAny(HeadNouns) >= 0;
    }

    /// <summary>
    /// "Kyambogo University of Uganda", "Curtin University of Perth": a proper name before the head and a place after "of"
    /// may be a name and where it is, read as one. Names whose words before the head are all plain words ("National Open
    /// University of Nigeria", "Royal University of Phnom Penh") carry their place in the name.
    /// </summary>
    public static bool EndsInItsPlace(FoundInstitution institution) =>
        institution.Acronym is null && KnownInstitutions.Find(institution.Name) is null && NameBeforeItsPlace(institution.Name) is not null;

    /// <summary>The name and the place of <see cref="EndsInItsPlace"/>'s names ("Kyambogo University", "Uganda"); null for any other.</summary>
    internal static (string Name, string Place)? NameBeforeItsPlace(string name)
    {
        var of = name.IndexOf(" of ", StringComparison.Ordinal);
        if (of < 0)
            return null;
        var place = name[(of + 4)..];
        place = place.StartsWith("the ", StringComparison.Ordinal) ? place[4..] : place;
        var before = name[..of].Split(' ');
        return before.Length > 1 && PlacedHeads.Contains(before[^1]) && !before[..^1].All(PlainNameWords.Contains) && Gazetteer.IsPlace(place)
            // "the Education University of Hong Kong": a territory that is its own town is part of the names made there.
            && !Gazetteer.IsOwnTown(place)
            ? (name[..of], place)
            : null;
    }

    private static readonly FrozenSet<string> PlacedHeads = FrozenSet.ToFrozenSet(["University", "College", "Institute", "Academy"], StringComparer.Ordinal);

    /// <summary>Words names share, which say nothing of whose the name is.</summary>
    internal static readonly FrozenSet<string> PlainNameWords = FrozenSet.ToFrozenSet(
        ["National", "Open", "State", "Federal", "Technical", "Technological", "Pedagogical", "Agricultural", "Medical", "Normal",
         "Central", "Royal", "Catholic", "Islamic", "International", "Public", "Free", "Autonomous", "Metropolitan", "Capital",
         "Polytechnic", "Distance", "Teachers", "Teacher", "Training", "Science", "Sciences", "Technology", "Pontifical", "American",
         "Virtual", "Digital", "Online", "Nursing", "Commonwealth", "People's", "Peoples", "Electronic", "E-Learning"], StringComparer.Ordinal);

    /// <summary>
    /// A university, in any of the languages partners write its head in, of which no word is a place, a country or a
    /// nationality ("Makerere University", "Universitat Oberta de Catalunya"): unless the text names its country, the
    /// reading has no country for it. Bodies without such a head (UNESCO, the Commonwealth of Learning) are often of
    /// no one country, and a name with a place in it ("Gansu Open University") carries it.
    /// </summary>
    public static bool IsUnplacedUniversity(FoundInstitution institution)
    {
        var name = institution.Name.AsSpan();
        if (name.IndexOfAny(UniversityHeads) < 0)
            return false;
        foreach (var range in name.Split(' '))
        {
            if (NameWords.IsPlaceOrDate(name[range]))
                return false;
        }
        return true;
    }

    private static readonly SearchValues<string> UniversityHeads = SearchValues.Create(
        ["Universit", "Universidad", "Universidade", "Politecnico", "Politécnico", "Hochschule", "Polytechnic", "College"], StringComparison.Ordinal);

    /// <summary>A name that is only a country or a place ("Spain" of "Spain's National University"): the real name was missed.</summary>
    public static bool IsOnlyAPlace(FoundInstitution institution) =>
        KnownInstitutions.Find(institution.Name) is null && Gazetteer.IsPlace(institution.Name);

    /// <summary>
    /// A name read before "(ACRONYM)" whose first letter is not the acronym's ("Distancia (UNED)", "Agriculture
    /// Organization of the United Nations (FAO)"): the name was cut short of where the acronym says it starts.
    /// </summary>
    public static bool MissesItsAcronym(string text, FoundInstitution institution)
    {
        if (institution.Acronym is not { Length: > 1 } acronym || institution.At < 0 || institution.At + institution.Name.Length > text.Length
            || !text.AsSpan(institution.At).StartsWith(institution.Name, StringComparison.Ordinal))
            return false;
        var after = text.AsSpan(institution.At + institution.Name.Length).TrimStart();
        return after.StartsWith("(" + acronym + ")", StringComparison.Ordinal)
            && char.ToUpperInvariant(institution.Name[0]) != char.ToUpperInvariant(acronym[0]);
    }

    /// <summary>
    /// A name followed by a particle of another language and a capitalised word ("University of Dar" before "es Salaam",
    /// "Universidad Nacional Abierta" before "y a Distancia"): the name probably goes on.
    /// </summary>
    public static bool StopsBeforeParticle(string text, FoundInstitution institution)
    {
        var end = institution.At + institution.Name.Length;
        if (institution.At < 0 || end > text.Length || !text.AsSpan(institution.At).StartsWith(institution.Name, StringComparison.Ordinal))
            return false;
        var after = text.AsSpan(end);
        if (after.Length < 3 || after[0] != ' ')
            return false;
        after = after[1..];
        var space = after.IndexOf(' ');
        return space > 0 && Particles.Contains(after[..space]) && space + 1 < after.Length && char.IsUpper(after[space + 1]);
    }

    /// <summary>
    /// A capitalised word standing alone inside a sentence that is no institution found, place, country, nationality,
    /// month, role or acronym of a name found: "Huawei", "Tencent", a town the gazetteer lacks. Person names come in pairs.
    /// </summary>
    public static string? LoneCapitalised(string text, IReadOnlyList<FoundInstitution> found)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length && i < MaxWords; i++)
        {
            var word = words[i].TrimEnd(',', '.', ';', ':', ')', '"', '”').TrimStart('(', '"', '“');
            word = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
            if (word.Length < 3 || !char.IsUpper(word[0]) || word.All(char.IsUpper) || Capitalised(words[i - 1]) || words[i - 1].EndsWith('.')
                || i + 1 < words.Length && Capitalised(words[i + 1]))
                continue;
            if (NameWords.IsPlaceOrDate(word) || NameWords.IsOpener(word) || NameWords.IsRole(word) || NameWords.NamesNoInstitution(word)
                || found.Any(f => f.Name.Contains(word, StringComparison.Ordinal) || f.Acronym == word))
                continue;
            return word;
        }
        return null;
    }

    /// <summary>Past this many words a paragraph is judged by its beginning: the signal stays cheap on any text.</summary>
    private const int MaxWords = 400;

    private static bool Capitalised(string word)
    {
        var bare = word.TrimStart('(', '"', '“');
        return bare.Length > 0 && char.IsUpper(bare[0]);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles = FrozenSet.ToFrozenSet(
        ["es", "de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "y", "e", "la", "le", "van", "von", "der", "den", "el", "al", "bin", "ibn", "zu"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<string> HeadNouns = SearchValues.Create(
        ["University", "College", "Institute", "Ministry", "Foundation", "Academy", "Centre", "Center", "Association", "Company", "Group", "School"],
        StringComparison.Ordinal);
}
