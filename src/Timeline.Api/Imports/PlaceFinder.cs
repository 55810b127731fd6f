using System.Text.RegularExpressions;

namespace Timeline.Api.Imports;

/// <summary>
/// Places and countries named in a paragraph. Names are matched whole and capitalised, longest first, so
/// "Inner Mongolia" is a region of China and not Mongolia. Adjectives of nationality count for their country
/// ("a Kazakh university"); administrative units ("Butuo County") are places of the home country unless the
/// paragraph is about somewhere else.
/// </summary>
public static partial class PlaceFinder
{
    private static readonly Dictionary<string, string> Nationalities = new(StringComparer.Ordinal)
    {
        ["Chinese"] = "CN", ["Kazakh"] = "KZ", ["Kazakhstani"] = "KZ", ["Mongolian"] = "MN", ["Thai"] = "TH",
        ["Malaysian"] = "MY", ["Russian"] = "RU", ["Japanese"] = "JP", ["Vietnamese"] = "VN", ["Indonesian"] = "ID",
        ["Pakistani"] = "PK", ["Indian"] = "IN", ["Kenyan"] = "KE", ["Zambian"] = "ZM", ["Ethiopian"] = "ET",
        ["Egyptian"] = "EG", ["British"] = "GB", ["French"] = "FR", ["German"] = "DE", ["Italian"] = "IT",
        ["Spanish"] = "ES", ["American"] = "US", ["Canadian"] = "CA", ["Australian"] = "AU", ["Brazilian"] = "BR",
        ["Mexican"] = "MX", ["Nigerian"] = "NG", ["Ghanaian"] = "GH", ["Cambodian"] = "KH", ["Laotian"] = "LA",
        ["Uzbek"] = "UZ", ["Kyrgyz"] = "KG", ["Tajik"] = "TJ", ["Nepali"] = "NP", ["Nepalese"] = "NP",
        ["Sri Lankan"] = "LK", ["Bangladeshi"] = "BD", ["Filipino"] = "PH", ["Singaporean"] = "SG", ["Korean"] = "KR",
        ["Tanzanian"] = "TZ", ["Ugandan"] = "UG", ["Rwandan"] = "RW", ["Botswanan"] = "BW", ["Namibian"] = "NA",
        ["South African"] = "ZA", ["Zimbabwean"] = "ZW", ["Serbian"] = "RS", ["Hungarian"] = "HU", ["Polish"] = "PL",
        ["Greek"] = "GR", ["Turkish"] = "TR", ["Iranian"] = "IR", ["Saudi"] = "SA", ["Emirati"] = "AE",
        ["New Zealand"] = "NZ", ["Dutch"] = "NL", ["Belarusian"] = "BY", ["Ukrainian"] = "UA", ["Georgian"] = "GE",
    };

    private static readonly Regex Names = BuildNames();

    public static (IReadOnlyList<string> Countries, IReadOnlyList<string> Places) Find(string text)
    {
        var countries = new List<string>();
        var places = new List<string>();
        foreach (Match match in Names.Matches(text))
        {
            var name = match.Value;
            if (Gazetteer.Places.TryGetValue(name, out var placeCountry))
            {
                Add(places, name);
                Add(countries, placeCountry);
            }
            else if (Gazetteer.Countries.TryGetValue(name, out var country))
                Add(countries, country);
            else if (Nationalities.TryGetValue(name, out var nationality))
                Add(countries, nationality);
        }
        foreach (Match match in AdministrativeUnit().Matches(text))
            Add(places, match.Value);
        return (countries, places);
    }

    private static void Add(List<string> list, string value)
    {
        if (!list.Contains(value))
            list.Add(value);
    }

    private static Regex BuildNames()
    {
        var names = Gazetteer.Places.Keys.Concat(Gazetteer.Countries.Keys).Concat(Nationalities.Keys)
            .Where(n => char.IsUpper(n[0]))
            .Distinct()
            .OrderByDescending(n => n.Length)
            .Select(Regex.Escape);
        // A possessive ("Mongolia's") still names the country.
        return new Regex(@"(?<![\w'’-])(?:" + string.Join('|', names) + @")(?=['’]s\b|(?![\w'’-]))", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"\b(?:[A-Z][\w'’-]+\s+){1,3}(?:County|Province|Prefecture|District|Autonomous Region|Autonomous Prefecture|Municipality)\b")]
    private static partial Regex AdministrativeUnit();
}
