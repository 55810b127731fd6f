using System.Collections.Frozen;

namespace Timeline.Importing;

/// <summary>A body the extractor knows by name: its canonical id, acronym and country (none for international bodies).</summary>
public sealed record KnownInstitution(string Id, string Name, string? Acronym, string? Country);

/// <summary>
/// Institutions that announcements name without saying where they are: the home university, open universities
/// abroad, international bodies and a few companies. Looked up by full name, alias or acronym.
/// </summary>
public static class KnownInstitutions
{
    public static readonly KnownInstitution Home = new("ouc", "Open University of China", "OUC", "CN");

    private static readonly KnownInstitution[] All =
    [
        Home,
        new("unesco", "UNESCO", null, null),
        new("unicef", "UNICEF", null, null),
        new("undp", "United Nations Development Programme", "UNDP", null),
        new("world-bank", "World Bank", null, null),
        new("asian-development-bank", "Asian Development Bank", "ADB", null),
        new("commonwealth-of-learning", "Commonwealth of Learning", "COL", null),
        new("icde", "International Council for Open and Distance Education", "ICDE", null),
        new("aaou", "Asian Association of Open Universities", "AAOU", null),
        new("international-telecommunication-union", "International Telecommunication Union", "ITU", null),
        new("stou", "Sukhothai Thammathirat Open University", "STOU", "TH"),
        new("open-university-uk", "The Open University", "OU", "GB"),
        new("ignou", "Indira Gandhi National Open University", "IGNOU", "IN"),
        new("anadolu-university", "Anadolu University", null, "TR"),
        new("knou", "Korea National Open University", "KNOU", "KR"),
        new("universitas-terbuka", "Universitas Terbuka", "UT", "ID"),
        new("aiou", "Allama Iqbal Open University", "AIOU", "PK"),
        new("hkmu", "Hong Kong Metropolitan University", "HKMU", "HK"),
        new("open-university-of-japan", "Open University of Japan", null, "JP"),
        new("unisa", "University of South Africa", "UNISA", "ZA"),
        new("fernuniversitat-hagen", "FernUniversität in Hagen", null, "DE"),
        new("uned", "National University of Distance Education", "UNED", "ES"),
        new("athabasca-university", "Athabasca University", null, "CA"),
        new("open-universiteit", "Open Universiteit", null, "NL"),
        new("wawasan-open-university", "Wawasan Open University", "WOU", "MY"),
        new("open-university-malaysia", "Open University Malaysia", "OUM", "MY"),
        new("noun", "National Open University of Nigeria", "NOUN", "NG"),
        new("bangladesh-open-university", "Bangladesh Open University", "BOU", "BD"),
        new("hanoi-open-university", "Hanoi Open University", "HOU", "VN"),
        new("toraighyrov-university", "Toraighyrov Pavlodar State University", "PSU", "KZ"),
        new("universidade-aberta", "Universidade Aberta", "UAb", "PT"),
        new("university-of-malaya", "University of Malaya", "UM", "MY"),
        new("ministry-of-education-cn", "Ministry of Education", "MOE", "CN"),
        // Companies that work with open universities, named without a head noun ("a delegation of Huawei"); a company
        // working in many countries gets none, so it names none the text does not.
        new("huawei", "Huawei", null, "CN"),
        new("alibaba-cloud", "Alibaba Cloud", null, "CN"),
        new("lenovo", "Lenovo", null, "CN"),
        new("safaricom", "Safaricom", null, "KE"),
        new("coursera", "Coursera", null, null),
        new("samsung", "Samsung", null, null),
        new("ericsson", "Ericsson", null, null),
        new("telkom-kenya", "Telkom Kenya", null, "KE"),
        new("china-telecom", "China Telecom", null, "CN"),
        new("china-mobile", "China Mobile", null, "CN"),
        new("ethio-telecom", "Ethio Telecom", null, "ET"),
        new("nokia", "Nokia", null, null),
        new("siemens-healthineers", "Siemens Healthineers", null, null),
    ];

    /// <summary>Other names a body goes by: its name in its own language, which prose abroad uses as often as the English one, or its firm's.</summary>
    private static readonly (string Name, KnownInstitution Institution)[] OtherNames =
    [
        ("Universidad Nacional de Educación a Distancia", All.Single(i => i.Id == "uned")),
        ("Open Universiteit Nederland", All.Single(i => i.Id == "open-universiteit")),
        ("Universitas Terbuka Indonesia", All.Single(i => i.Id == "universitas-terbuka")),
        ("Universiti Malaya", All.Single(i => i.Id == "university-of-malaya")),
        // English prose often writes the German compound with one capital.
        ("Fernuniversität in Hagen", All.Single(i => i.Id == "fernuniversitat-hagen")),
        // A company is named by its group as often as by the firm that acts.
        ("Samsung Electronics", All.Single(i => i.Id == "samsung")),
    ];

    private static readonly FrozenDictionary<string, KnownInstitution> ByName = All
        .SelectMany(i => new[] { i.Name, i.Acronym }.OfType<string>().Select(name => (name, i)))
        .Concat([("Open University of China", Home), ("OUC", Home), ("the Open University of China", Home)])
        // Alone and whole, "the Open University" is the British one; other open universities carry a place in their names.
        .Concat([("Open University", All.Single(i => i.Id == "open-university-uk"))])
        .Concat(OtherNames)
        .GroupBy(pair => pair.Item1, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => g.First().Item2, StringComparer.OrdinalIgnoreCase);

    /// <summary>Acronyms that stand for different bodies in different countries are only trusted next to a full name.</summary>
    private static readonly FrozenSet<string> AmbiguousAcronyms = new[] { "PSU", "OU", "UT", "MOE", "BOU", "HOU", "ADB" }.ToFrozenSet();

    public static KnownInstitution? Find(string name) => ByName.GetValueOrDefault(name.Trim());

    public static bool IsTrustedAlone(string acronym) => !AmbiguousAcronyms.Contains(acronym);

    /// <summary>
    /// Names that stand alone in prose, without the pattern "Name (ACRONYM)" that finds most institutions; longest first.
    /// A name that starts with "The" is left to the other patterns: "The Open University" also opens "The Open University of China".
    /// </summary>
    public static readonly IReadOnlyList<(KnownInstitution Institution, string Alias)> Standalone =
        All.SelectMany(i => new[] { i.Name, i.Acronym is { } acronym && !AmbiguousAcronyms.Contains(acronym) ? acronym : null }
            .OfType<string>().Where(alias => !alias.StartsWith("The ", StringComparison.Ordinal)).Select(alias => (i, alias)))
        .Concat(OtherNames.Select(n => (i: n.Institution, alias: n.Name)))
        .OrderByDescending(s => s.alias.Length).ToList();

    public static readonly System.Buffers.SearchValues<string> StandaloneNames =
        System.Buffers.SearchValues.Create(Standalone.Select(s => s.Alias).Distinct().ToArray(), StringComparison.Ordinal);
}
