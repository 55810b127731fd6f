using System.Runtime.CompilerServices;

namespace Timeline.Importing;

/// <summary>
/// Universities and the countries they are in, by their exact names in any case, from the academic domains of
/// maintained data (Places/Data/ATTRIBUTION.md): "Makerere University" is in Uganda, though no word of it is a place.
/// The table speaks only where the paragraph does not: a country or a town the text names wins over it.
/// </summary>
public static class Universities
{
    // Loaded at the first institution no other means places (the service's warm-up paragraph has one), not with the gazetteer.
    private static class Table
    {
        internal static readonly Dictionary<string, string> CountryOf = Load();

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static Dictionary<string, string> Load()
        {
            var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, code, _) in Gazetteer.Rows("universities.tsv"))
                table[name] = code;
            foreach (var (name, code) in Seats)
                table[name] = code;
            return table;
        }
    }

    /// <summary>
    /// Universities of several states, placed where they are seated, kept by hand: the domains hold none of them. The
    /// University of the South Pacific belongs to twelve Pacific states and is seated in Suva, Fiji; a paragraph that
    /// names another country for it ("its Emalus campus in Port Vila, Vanuatu") keeps that country, as for any university.
    /// </summary>
    private static readonly (string Name, string Code)[] Seats = [("University of the South Pacific", "FJ")];

    /// <summary>The country of a university by its exact name; none for a name too plain to be one body's ("Open University").</summary>
    public static string? CountryOf(string name) =>
        !IsPlain(name) && Table.CountryOf.TryGetValue(name, out var code) ? code : null;

    /// <summary>
    /// The institutions, those neither known nor placed by their names given the table's country, unless the paragraph
    /// names foreign countries and not that one ("Gulu University in Nigeria" stays where the text puts it).
    /// </summary>
    public static IReadOnlyList<FoundInstitution> Placed(IReadOnlyList<FoundInstitution> institutions, IReadOnlyList<string> named)
    {
        List<FoundInstitution>? placed = null;
        var home = KnownInstitutions.Home.Country;
        for (var i = 0; i < institutions.Count; i++)
        {
            var institution = institutions[i];
            if (institution.Country is not null || CountryOf(institution.Name) is not { } country
                || named.Any(c => c != home) && !named.Contains(country))
                continue;
            placed ??= [.. institutions];
            placed[i] = institution with { Country = country };
        }
        return placed ?? institutions;
    }

    /// <summary>
    /// The countries named, less those only a town inside a university's name gave where the table puts that whole name
    /// in a country the town is not in: "Victoria University of Wellington" is in New Zealand, not in the Seychelles'
    /// Victoria, "Lincoln University" is New Zealand's. A country another town outside the name gives stays, unless that town may
    /// be in the table's country too ("Christchurch").
    /// </summary>
    public static IReadOnlyList<string> WithoutTownsOfOtherCountries(
        IReadOnlyList<string> named, IReadOnlyList<string> places, IReadOnlyList<FoundInstitution> institutions)
    {
        List<string>? kept = null;
        foreach (var institution in institutions)
        {
            foreach (var place in places)
            {
                if (!HoldsWord(institution.Name, place) || !TownCodes(place, out var codes) || CountryOf(institution.Name) is not { } country
                    || codes.Contains(country))
                    continue;
                var given = codes.FirstOrDefault(named.Contains) ?? codes[0];
                if (places.Any(other => !HoldsWord(institution.Name, other) && TownCodes(other, out var elsewhere) && elsewhere.Contains(given) && !elsewhere.Contains(country)))
                    continue;
                kept ??= [.. named];
                kept.Remove(given);
            }
        }
        return kept ?? named;
    }

    private static bool TownCodes(string place, out string[] codes) =>
        Gazetteer.TryGetPlace(place, out codes) || Gazetteer.TryGetWordPlace(place, out codes);

    private static bool HoldsWord(string name, string word)
    {
        var at = name.IndexOf(word, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || name[at - 1] == ' ') && (at + word.Length == name.Length || name[at + word.Length] == ' ');
    }

    /// <summary>A name of heads, plain words and small words only ("National University", "State University of Science"): many bodies bear it.</summary>
    private static bool IsPlain(ReadOnlySpan<char> name)
    {
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.Length > 0 && char.IsUpper(word[0]) && !PlaceFinder.HeadNouns.Contains(word) && !PlainWords.Contains(word) && !FieldWords.Contains(word))
                return false;
        }
        return true;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlainWords =
        NameDoubts.PlainNameWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Fields taught and regions of the world: "College of Engineering", "European University" and "Higher School of
    /// Economics" name bodies in many countries, though the table holds one of each.
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FieldWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Engineering", "Management", "Business", "Commerce", "Banking", "Finance", "Economics", "Education", "Law", "Arts", "Art",
         "Medicine", "Health", "Agriculture", "Computer", "Information", "Media", "Journalism", "Administration", "Studies", "Applied",
         "Higher", "Graduate", "Liberal", "Fine", "Performing", "Humanities", "Social", "Asian", "European", "African", "Arab",
         "Eastern", "Western", "Northern", "Southern", "Global", "World", "City", "Community", "Christian", "Faculty", "Department"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
