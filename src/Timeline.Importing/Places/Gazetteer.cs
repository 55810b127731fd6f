using System.Collections.Frozen;
using Timeline.Domain.Countries;

namespace Timeline.Importing;

/// <summary>
/// Names of countries and of places inside them. Country names come from the ISO list (with the short forms
/// newsrooms use); places are provinces, regions and cities, so "Almaty" gives KZ and "Inner Mongolia" gives CN.
/// </summary>
public static class Gazetteer
{
    /// <summary>Country names as written in English prose, longest first so "South Africa" wins over "Africa".</summary>
    public static readonly FrozenDictionary<string, string> Countries = BuildCountries();

    public static readonly FrozenDictionary<string, string> Places = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        // China: provinces, autonomous regions, municipalities and large cities.
        ["Beijing"] = "CN", ["Shanghai"] = "CN", ["Tianjin"] = "CN", ["Chongqing"] = "CN", ["Hebei"] = "CN", ["Shanxi"] = "CN",
        ["Liaoning"] = "CN", ["Jilin"] = "CN", ["Heilongjiang"] = "CN", ["Jiangsu"] = "CN", ["Zhejiang"] = "CN", ["Anhui"] = "CN",
        ["Fujian"] = "CN", ["Jiangxi"] = "CN", ["Shandong"] = "CN", ["Henan"] = "CN", ["Hubei"] = "CN", ["Hunan"] = "CN",
        ["Guangdong"] = "CN", ["Hainan"] = "CN", ["Sichuan"] = "CN", ["Guizhou"] = "CN", ["Yunnan"] = "CN", ["Shaanxi"] = "CN",
        ["Gansu"] = "CN", ["Qinghai"] = "CN", ["Inner Mongolia"] = "CN", ["Guangxi"] = "CN", ["Tibet"] = "CN", ["Xizang"] = "CN",
        ["Ningxia"] = "CN", ["Xinjiang"] = "CN", ["Guangzhou"] = "CN", ["Shenzhen"] = "CN", ["Chengdu"] = "CN", ["Wuhan"] = "CN",
        ["Xi'an"] = "CN", ["Hangzhou"] = "CN", ["Nanjing"] = "CN", ["Kunming"] = "CN", ["Lanzhou"] = "CN", ["Hohhot"] = "CN",
        ["Urumqi"] = "CN", ["Lhasa"] = "CN", ["Harbin"] = "CN", ["Changchun"] = "CN", ["Shenyang"] = "CN", ["Dalian"] = "CN",
        ["Qingdao"] = "CN", ["Jinan"] = "CN", ["Zhengzhou"] = "CN", ["Changsha"] = "CN", ["Nanchang"] = "CN", ["Fuzhou"] = "CN",
        ["Xiamen"] = "CN", ["Hefei"] = "CN", ["Taiyuan"] = "CN", ["Shijiazhuang"] = "CN", ["Guiyang"] = "CN", ["Nanning"] = "CN",
        ["Haikou"] = "CN", ["Xining"] = "CN", ["Yinchuan"] = "CN", ["Ulanqab"] = "CN", ["Baotou"] = "CN", ["Ordos"] = "CN",
        ["Linxia"] = "CN", ["Suzhou"] = "CN", ["Ningbo"] = "CN", ["Wenzhou"] = "CN", ["Kashgar"] = "CN", ["Yan'an"] = "CN",
        ["Hong Kong"] = "HK", ["Macao"] = "MO", ["Macau"] = "MO", ["Taipei"] = "TW",
        // Elsewhere: capitals and the cities announcements name most.
        ["Almaty"] = "KZ", ["Astana"] = "KZ", ["Pavlodar"] = "KZ", ["Shymkent"] = "KZ", ["Karaganda"] = "KZ",
        ["Ulaanbaatar"] = "MN", ["Ulan Bator"] = "MN", ["Bishkek"] = "KG", ["Tashkent"] = "UZ", ["Samarkand"] = "UZ",
        ["Dushanbe"] = "TJ", ["Ashgabat"] = "TM", ["Kabul"] = "AF", ["Islamabad"] = "PK", ["Lahore"] = "PK", ["Karachi"] = "PK",
        ["New Delhi"] = "IN", ["Mumbai"] = "IN", ["Kathmandu"] = "NP", ["Dhaka"] = "BD", ["Colombo"] = "LK",
        ["Bangkok"] = "TH", ["Chiang Mai"] = "TH", ["Nonthaburi"] = "TH", ["Hanoi"] = "VN", ["Ho Chi Minh City"] = "VN",
        ["Vientiane"] = "LA", ["Phnom Penh"] = "KH", ["Yangon"] = "MM", ["Naypyidaw"] = "MM", ["Kuala Lumpur"] = "MY",
        ["Penang"] = "MY", ["Singapore"] = "SG", ["Jakarta"] = "ID", ["Bali"] = "ID", ["Manila"] = "PH", ["Seoul"] = "KR",
        ["Busan"] = "KR", ["Tokyo"] = "JP", ["Osaka"] = "JP", ["Kyoto"] = "JP", ["Pyongyang"] = "KP",
        ["Moscow"] = "RU", ["Saint Petersburg"] = "RU", ["Novosibirsk"] = "RU", ["Minsk"] = "BY", ["Kyiv"] = "UA",
        ["Tbilisi"] = "GE", ["Yerevan"] = "AM", ["Baku"] = "AZ", ["Ankara"] = "TR", ["Istanbul"] = "TR", ["Tehran"] = "IR",
        ["Baghdad"] = "IQ", ["Riyadh"] = "SA", ["Dubai"] = "AE", ["Abu Dhabi"] = "AE", ["Doha"] = "QA", ["Muscat"] = "OM",
        ["Amman"] = "JO", ["Beirut"] = "LB", ["Cairo"] = "EG", ["Alexandria"] = "EG", ["Tunis"] = "TN", ["Algiers"] = "DZ",
        ["Rabat"] = "MA", ["Casablanca"] = "MA", ["Addis Ababa"] = "ET", ["Nairobi"] = "KE", ["Mombasa"] = "KE",
        ["Kampala"] = "UG", ["Kigali"] = "RW", ["Dar es Salaam"] = "TZ", ["Dodoma"] = "TZ", ["Lusaka"] = "ZM", ["Ndola"] = "ZM",
        ["Gaborone"] = "BW", ["Harare"] = "ZW", ["Maputo"] = "MZ", ["Windhoek"] = "NA", ["Pretoria"] = "ZA",
        ["Johannesburg"] = "ZA", ["Cape Town"] = "ZA", ["Lagos"] = "NG", ["Abuja"] = "NG", ["Accra"] = "GH", ["Dakar"] = "SN",
        ["Abidjan"] = "CI", ["Yaounde"] = "CM", ["Kinshasa"] = "CD", ["Luanda"] = "AO", ["Antananarivo"] = "MG",
        ["London"] = "GB", ["Manchester"] = "GB", ["Milton Keynes"] = "GB", ["Edinburgh"] = "GB", ["Dublin"] = "IE",
        ["Paris"] = "FR", ["Lyon"] = "FR", ["Berlin"] = "DE", ["Munich"] = "DE", ["Hagen"] = "DE", ["Madrid"] = "ES",
        ["Barcelona"] = "ES", ["Lisbon"] = "PT", ["Rome"] = "IT", ["Milan"] = "IT", ["Vienna"] = "AT", ["Bern"] = "CH",
        ["Geneva"] = "CH", ["Zurich"] = "CH", ["Brussels"] = "BE", ["Amsterdam"] = "NL", ["Heerlen"] = "NL", ["Copenhagen"] = "DK",
        ["Oslo"] = "NO", ["Stockholm"] = "SE", ["Helsinki"] = "FI", ["Warsaw"] = "PL", ["Prague"] = "CZ", ["Budapest"] = "HU",
        ["Bucharest"] = "RO", ["Sofia"] = "BG", ["Athens"] = "GR", ["Belgrade"] = "RS", ["Zagreb"] = "HR",
        ["Washington"] = "US", ["New York"] = "US", ["Boston"] = "US", ["Los Angeles"] = "US", ["San Francisco"] = "US",
        ["Chicago"] = "US", ["Ottawa"] = "CA", ["Toronto"] = "CA", ["Vancouver"] = "CA", ["Mexico City"] = "MX",
        ["Brasilia"] = "BR", ["Sao Paulo"] = "BR", ["Rio de Janeiro"] = "BR", ["Buenos Aires"] = "AR", ["Santiago"] = "CL",
        ["Lima"] = "PE", ["Bogota"] = "CO", ["Caracas"] = "VE", ["Havana"] = "CU", ["Canberra"] = "AU", ["Sydney"] = "AU",
        ["Melbourne"] = "AU", ["Wellington"] = "NZ", ["Auckland"] = "NZ", ["Suva"] = "FJ", ["Port Moresby"] = "PG",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static FrozenDictionary<string, string> BuildCountries()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in CountryCode.All)
        {
            // ISO short names carry qualifiers ("Korea, Republic of", "Bolivia (Plurinational State of)"); prose rarely does.
            var plain = code.Name.Split(',')[0].Split(" (")[0].Trim();
            if (!names.TryAdd(plain, code.Value))
                names[plain] = "";
            names.TryAdd(code.Name, code.Value);
        }
        foreach (var (alias, code) in new[]
        {
            ("China", "CN"), ("People's Republic of China", "CN"), ("South Korea", "KR"), ("Republic of Korea", "KR"),
            ("North Korea", "KP"), ("Russia", "RU"), ("Vietnam", "VN"), ("Laos", "LA"), ("Iran", "IR"), ("Syria", "SY"),
            ("Tanzania", "TZ"), ("Bolivia", "BO"), ("Venezuela", "VE"), ("Moldova", "MD"), ("Czech Republic", "CZ"),
            ("Czechia", "CZ"), ("Turkey", "TR"), ("Türkiye", "TR"), ("United Kingdom", "GB"), ("Britain", "GB"),
            ("Great Britain", "GB"), ("UK", "GB"), ("England", "GB"), ("Scotland", "GB"), ("Wales", "GB"),
            ("United States", "US"), ("United States of America", "US"), ("USA", "US"), ("the US", "US"),
            ("Ivory Coast", "CI"), ("Côte d'Ivoire", "CI"), ("Congo", "CG"), ("DR Congo", "CD"),
            ("Democratic Republic of the Congo", "CD"), ("Micronesia", "FM"), ("Brunei", "BN"), ("Cape Verde", "CV"),
            ("Eswatini", "SZ"), ("Swaziland", "SZ"), ("Palestine", "PS"), ("Taiwan", "TW"), ("Hong Kong", "HK"),
            ("Macao", "MO"), ("Macau", "MO"), ("the Netherlands", "NL"), ("Holland", "NL"), ("the Philippines", "PH"),
            ("Kyrgyzstan", "KG"), ("Slovakia", "SK"), ("Serbia", "RS"),
        })
            names[alias] = code;
        return names.Where(pair => pair.Value.Length > 0).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
