using System.Text.RegularExpressions;

namespace Timeline.Importing;

/// <summary>
/// Bodies of government and of international organisations that announcements name in ways the head-noun patterns do
/// not read whole: a provincial department ("the Gansu Provincial Department of Education", "the Education Department of
/// Yunnan Province", "the Department of Education of Guangxi Zhuang Autonomous Region"), a body's office or bureau in a region ("the UNESCO Office in Beirut", "the UNICEF Regional Office
/// for ..."), and a country's ministry named in the possessive ("Cambodia's Ministry of Education").
/// </summary>
public static partial class GovernmentBodies
{
    /// <summary>
    /// A department of a province, region or city: a body of its own, unlike a university's department. Found only in texts
    /// with the word, by one bounded pattern.
    /// </summary>
    public static IEnumerable<Group> Departments(string text)
    {
        if (!text.Contains("Department", StringComparison.Ordinal))
            yield break;
        foreach (var match in Linear.Matches(Department(), text, 20))
        {
            // A country's department ("of South Africa", "Kenya's State Department for ...") is its government's, not a university's.
            var country = match.Groups["country"];
            if (!country.Success)
                yield return match;
            else if (Gazetteer.Countries.TryGetValue(country.Value, out var code) && code != KnownInstitutions.Home.Country)
                yield return match.Groups["department"].Success ? match.Groups["department"] : match;
        }
    }

    /// <summary>
    /// "the UNESCO Beijing Cluster Office", "the UNESCO Asia and Pacific Regional Bureau for Education": an office of an
    /// international body is that body taking part, not a second party. The span it covers and the body.
    /// </summary>
    public static IEnumerable<(Match Span, KnownInstitution Body)> OfficesOfBodies(string text)
    {
        if (!text.Contains("Office", StringComparison.Ordinal) && !text.Contains("Bureau", StringComparison.Ordinal))
            yield break;
        foreach (var match in Linear.Matches(OfficeOfBody(), text, 20))
        {
            if (KnownInstitutions.Find(match.Groups["body"].Value) is { Country: null } body)
                yield return (match, body);
        }
    }

    /// <summary>
    /// "Cambodia's Ministry of Education" is the Ministry of Education of Cambodia, not China's, which the bare name means:
    /// a ministry known as China's, after another country's possessive, is that country's, named as "of" names it.
    /// </summary>
    public static FoundInstitution OfItsCountry(string text, FoundInstitution found)
    {
        if (found.Country != KnownInstitutions.Home.Country || !found.Name.StartsWith("Ministry ", StringComparison.Ordinal)
            || found.At < 3 || found.At > text.Length)
            return found;
        var before = text.AsSpan(Math.Max(0, found.At - 48), Math.Min(48, found.At));
        var possessive = CountryPossessive().Match(before.ToString());
        if (!possessive.Success || !Gazetteer.Countries.TryGetValue(possessive.Groups["country"].Value, out var code)
            || code == KnownInstitutions.Home.Country)
            return found;
        var name = $"{found.Name} of {possessive.Groups["country"].Value}";
        return found with { Id = InstitutionFinder.Slug(name), Name = name, Acronym = null, Country = code };
    }

    private const string Capitalised = @"(?!The\s)[A-Z][\w-]{1,30}";

    [GeneratedRegex(@"\b(?:" + Capitalised + @"\s{1,4}){1,4}(?:Provincial|Municipal|Prefectural|Autonomous\s{1,4}Region)\s{1,4}(?:Education\s{1,4})?Department(?:\s{1,4}of\s{1,4}" + Capitalised + @"(?:\s{1,4}(?:and\s{1,4})?" + Capitalised + @"){0,3})?"
        + @"|\b(?:" + Capitalised + @"\s{1,4}){1,3}Department\s{1,4}of\s{1,4}(?:the\s{1,4})?(?:" + Capitalised + @"\s{1,4}){1,4}(?:Province|Autonomous\s{1,4}Region|Municipality)\b"
        + @"|\bDepartment\s{1,4}of\s{1,4}(?:" + Capitalised + @"\s{1,4}(?:and\s{1,4})?){1,3}of\s{1,4}(?:the\s{1,4})?(?:" + Capitalised + @"\s{1,4}){1,4}(?:Province|Autonomous\s{1,4}Region|Municipality)\b"
        + @"|\bDepartment\s{1,4}(?:of|for)\s{1,4}(?:" + Capitalised + @"\s{1,4}(?:and\s{1,4})?){1,5}of\s{1,4}(?:the\s{1,4})?(?<country>[A-Z][a-z]{2,20}(?:\s{1,4}[A-Z][a-z]{2,20}){0,2})\b"
        + @"|(?<country>[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20}){0,2})['’]s\s{1,4}(?<department>(?:State\s{1,4})?Department\s{1,4}(?:of|for)\s{1,4}" + Capitalised + @"(?:\s{1,4}(?:and\s{1,4})?" + Capitalised + @"){0,4})",
        RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex Department();

    [GeneratedRegex(@"\b(?<body>[A-Z]{3,8})\s{1,4}(?:(?!Office\b|Bureau\b)[A-Z][\w-]{1,30}\s{1,4}(?:and\s{1,4})?){0,6}(?:Office|Bureau)\b(?:\s{1,4}(?:for|in)\s{1,4}(?:the\s{1,4})?[A-Z][\w-]{1,30}(?:\s{1,4}(?:and\s{1,4})?[A-Z][\w-]{1,30}){0,5})?",
        RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex OfficeOfBody();

    [GeneratedRegex(@"(?<country>[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20}){0,2})['’]s\s{1,4}$", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex CountryPossessive();
}
