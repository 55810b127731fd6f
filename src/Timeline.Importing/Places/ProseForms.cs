namespace Timeline.Importing;

/// <summary>
/// What the data sets leave out: the short forms English prose uses for countries ("the UK", "Russia"), a few
/// adjectives the demonym data gives only in a longer form ("Korean" for South Korean), and the provinces and
/// regions of the home country, which a list of cities does not hold.
/// </summary>
internal static class ProseForms
{
    public const string Home = "CN";

    public static readonly (string Name, string Code)[] Countries =
    [
        ("China", "CN"), ("Korea", "KR"), ("People's Republic of China", "CN"), ("PRC", "CN"), ("South Korea", "KR"), ("Republic of Korea", "KR"),
        ("North Korea", "KP"), ("Russia", "RU"), ("Vietnam", "VN"), ("Laos", "LA"), ("Iran", "IR"), ("Syria", "SY"),
        ("Tanzania", "TZ"), ("Bolivia", "BO"), ("Venezuela", "VE"), ("Moldova", "MD"), ("Czech Republic", "CZ"),
        ("Turkey", "TR"), ("Türkiye", "TR"), ("United Kingdom", "GB"), ("Britain", "GB"), ("Great Britain", "GB"),
        ("UK", "GB"), ("England", "GB"), ("Scotland", "GB"), ("Wales", "GB"), ("United States", "US"), ("USA", "US"),
        ("US", "US"), ("Ivory Coast", "CI"), ("Congo", "CG"), ("DR Congo", "CD"), ("Palestine", "PS"), ("Taiwan", "TW"),
        ("Hong Kong", "HK"), ("Macao", "MO"), ("Macau", "MO"), ("Netherlands", "NL"), ("Holland", "NL"), ("Philippines", "PH"),
    ];

    public static readonly (string Name, string Code)[] Demonyms =
    [
        ("Korean", "KR"), ("Kazakh", "KZ"), ("Kyrgyz", "KG"), ("Uzbek", "UZ"), ("Tajik", "TJ"), ("Nepali", "NP"),
        ("Nepalese", "NP"), ("Filipino", "PH"), ("Emirati", "AE"), ("Saudi", "SA"), ("Lao", "LA"), ("Burmese", "MM"),
        ("Argentine", "AR"), ("Botswanan", "BW"), ("Thai", "TH"), ("Hellenic", "GR"), ("Chinese", Home),
    ];

    /// <summary>Places whose name the city data gives differently, or whose country it gets wrong for our register.</summary>
    public static readonly (string Name, string Code)[] Places =
    [
        ("Ulan Bator", "MN"), ("Ulaanbaatar", "MN"), ("Kyiv", "UA"), ("Astana", "KZ"), ("Xi'an", Home), ("Yan'an", Home), ("Hong Kong", "HK"),
        ("Macao", "MO"), ("Macau", "MO"), ("Taipei", "TW"), ("New Taipei", "TW"), ("Geneva", "CH"), ("Milton Keynes", "GB"),
        ("British Columbia", "CA"),
    ];

    public static readonly string[] HomeRegions =
    [
        "Beijing", "Shanghai", "Tianjin", "Chongqing", "Hebei", "Shanxi", "Liaoning", "Jilin", "Heilongjiang", "Jiangsu",
        "Zhejiang", "Anhui", "Fujian", "Jiangxi", "Shandong", "Henan", "Hubei", "Hunan", "Guangdong", "Hainan", "Sichuan",
        "Guizhou", "Yunnan", "Shaanxi", "Gansu", "Qinghai", "Inner Mongolia", "Guangxi", "Tibet", "Xizang", "Ningxia",
        "Xinjiang", "Liangshan", "Ulanqab", "Linxia",
    ];
}
