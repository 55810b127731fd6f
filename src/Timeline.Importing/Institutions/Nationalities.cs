namespace Timeline.Importing;

/// <summary>A nationality written before a name says where the body is; it is part of the name only where the name needs it.</summary>
public static partial class InstitutionFinder
{
    /// <summary>
    /// "the Lao Ministry of Education and Sports", "the Turkish Anadolu University", "the Kenyan Technical University of
    /// Mombasa": prose puts a nationality before a ministry, before a name of its own, or before a name that already says
    /// where it is. It stays where the name without it would be another body's ("the Ethiopian Ministry of Education": the
    /// Ministry of Education is China's) or says nothing of whose it is ("the Mongolian National University of Education",
    /// "the Belarusian State University", "the Ethiopian Civil Service University").
    /// </summary>
    private static List<string> WithoutNationality(List<string> words)
    {
        // "Thai Nguyen University": a nationality's word may start a town's name.
        if (words.Count < 3 || !Gazetteer.Demonyms.ContainsKey(words[0]) || Gazetteer.TryGetPlace(words[0], out _) || Gazetteer.TryGetPlace($"{words[0]} {words[1]}", out _))
            return words;
        var rest = words[1..];
        var name = string.Join(' ', rest);
        if (KnownInstitutions.Find(name) is { Country: "CN" })
            return words;
        if (rest[0] == "Ministry")
            return rest;
        var head = rest.FindIndex(word => word is "University" or "College" or "Polytechnic" or "Institute" or "Academy");
        if (head <= 0)
            return words;
        var before = rest[..head];
        var ownWord = !NameDoubts.PlainNameWords.Contains(before[0]) && before[1..].All(NameDoubts.PlainNameWords.Contains);
        var of = name.LastIndexOf(" of ", StringComparison.Ordinal);
        var placed = of > 0 && Gazetteer.IsPlace(WithoutArticle(name[(of + 4)..]));
        return ownWord || placed ? rest : words;
    }
}
