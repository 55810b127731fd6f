using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.CompilerServices;
using Timeline.Domain.Countries;

namespace Timeline.Importing;

/// <summary>
/// Names of countries and of places inside them, from maintained data (GeoNames cities; country names, demonyms and
/// capitals from world-countries: Places/Data/ATTRIBUTION.md), plus the prose forms newsrooms use and the provinces of
/// the home country, which no city list holds.
/// </summary>
public static class Gazetteer
{
    /// <summary>Country names as written in English prose ("Kenya", "Republic of Korea", "the UK").</summary>
    public static readonly FrozenDictionary<string, string> Countries;

    /// <summary>Adjectives of nationality ("Kenyan", "Laotian").</summary>
    public static readonly FrozenDictionary<string, string> Demonyms;

    /// <summary>Places and the countries they may be in, most likely first: "Cordoba" is in Argentina, Spain or Mexico.</summary>
    public static IReadOnlyDictionary<string, string[]> Places => knownPlaces;

    /// <summary>Towns whose names are also common words ("Cork", "Nice", "Reading"): places only where prose puts a place.</summary>
    public static IReadOnlyDictionary<string, string[]> WordPlaces => knownWordPlaces;

    // Plain dictionaries, read-only to the outside: freezing tens of thousands of rows cost more at a first import
    // than the frozen lookups save over the paragraphs of a page.
    private static readonly Dictionary<string, string[]> knownPlaces;
    private static readonly Dictionary<string, string[]> knownWordPlaces;

    // Tens of thousands of rows: unoptimised first-tier code would read them several times slower.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static Gazetteer()
    {
        var countries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        var places = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in CountryCode.All)
        {
            // ISO short names carry qualifiers ("Korea, Republic of", "Bolivia (Plurinational State of)"); prose rarely does.
            countries.TryAdd(code.Name.Split(',')[0].Split(" (")[0].Trim(), code.Value);
            countries.TryAdd(code.Name, code.Value);
        }
        foreach (var (name, code, kind) in Rows("countries.tsv"))
        {
            if (kind == "demonym")
                demonyms[name] = code;
            else if (kind == "capital")
                places[name] = [code];
            else
                countries[name] = code;
        }
        var wordPlaces = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, codes, mark) in Rows("cities.tsv"))
        {
            if (mark == "word")
                wordPlaces[name] = codes.Split(',');
            else
                places.TryAdd(name, codes.Split(','));
        }
        foreach (var (name, code) in ProseForms.Countries)
            countries[name] = code;
        foreach (var (name, code) in ProseForms.Demonyms)
            demonyms[name] = code;
        foreach (var name in ProseForms.HomeRegions)
            places[name] = [ProseForms.Home];
        foreach (var (name, code) in ProseForms.Places)
            places[name] = [code];
        Countries = countries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Demonyms = demonyms.ToFrozenDictionary(StringComparer.Ordinal);
        knownPlaces = places;
        knownWordPlaces = wordPlaces.Where(pair => !places.ContainsKey(pair.Key)).ToDictionary(StringComparer.Ordinal);
        CountryOf = Countries.GetAlternateLookup<ReadOnlySpan<char>>();
        DemonymOf = Demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        PlaceOf = knownPlaces.GetAlternateLookup<ReadOnlySpan<char>>();
        WordPlaceOf = knownWordPlaces.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // Lookups by a slice of the text: a paragraph's candidate names are looked up without being copied out first.
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CountryOf;
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DemonymOf;
    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> PlaceOf;
    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> WordPlaceOf;

    /// <summary>The countries a place named by this slice of text may be in, most likely first.</summary>
    public static bool TryGetPlace(ReadOnlySpan<char> name, out string[] codes) => PlaceOf.TryGetValue(name, out codes!);

    /// <summary>The countries of a town whose name is also a common word ("Reading"), by a slice of text.</summary>
    public static bool TryGetWordPlace(ReadOnlySpan<char> name, out string[] codes) => WordPlaceOf.TryGetValue(name, out codes!);

    /// <summary>A country that is also a town of its own ("Hong Kong", "Macao", "Singapore").</summary>
    public static bool IsOwnTown(string name) =>
        Countries.TryGetValue(name, out var code) && Places.TryGetValue(name, out var codes) && codes.Contains(code);

    public static bool IsPlace(string name) => Places.ContainsKey(name) || Countries.ContainsKey(name);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static IEnumerable<(string Name, string Code, string Kind)> Rows(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Timeline.Importing.Places.Data.{resource}")
            ?? throw new InvalidOperationException($"The gazetteer resource {resource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var rows = new List<(string, string, string)>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var fields = line.Split('\t');
            rows.Add((fields[0], fields[1], fields.Length > 2 ? fields[2] : ""));
        }
        return rows;
    }
}
