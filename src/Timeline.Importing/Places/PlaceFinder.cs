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

    private const int LongestName = 4;

    public static (IReadOnlyList<string> Countries, IReadOnlyList<string> Places) Find(string text)
    {
        var countries = new List<string>();
        var places = new List<string>();
        var words = Words().Matches(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (!char.IsUpper(words[i].Value[0]))
                continue;
            // Longest name first, so "Inner Mongolia" is a region of China and not Mongolia.
            for (var length = Math.Min(LongestName, words.Count - i); length >= 1; length--)
            {
                var last = words[i + length - 1];
                var name = text[words[i].Index..(last.Index + last.Length)];
                // A possessive ("Mongolia's") still names the country.
                if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal))
                    name = name[..^2];
                if (!Adjacent(text, words, i, length))
                    continue;
                if (Gazetteer.Places.TryGetValue(name, out var placeCountry))
                {
                    Add(places, name);
                    Add(countries, placeCountry);
                }
                else if (Gazetteer.Countries.TryGetValue(name, out var country) && char.IsUpper(name[0]))
                    Add(countries, country);
                else if (Nationalities.TryGetValue(name, out var nationality))
                    Add(countries, nationality);
                else
                    continue;
                i += length - 1;
                break;
            }
        }
        foreach (Match match in AdministrativeUnit().Matches(text))
            Add(places, match.Value);
        return (countries, places);
    }

    /// <summary>Words of one name are separated by single spaces (or a hyphen), not by punctuation.</summary>
    private static bool Adjacent(string text, MatchCollection words, int first, int length)
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
        if (!list.Contains(value))
            list.Add(value);
    }

    [GeneratedRegex(@"[\p{L}\d]+(?:['’-][\p{L}\d]+)*")]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(?:[A-Z][\w'’-]+\s+){1,3}(?:County|Province|Prefecture|District|Autonomous Region|Autonomous Prefecture|Municipality)\b")]
    private static partial Regex AdministrativeUnit();
}
