using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Domain.Records;

namespace Timeline.Importing;

/// <summary>
/// Reads one announcement paragraph into the facts of an activity: deterministic rules over the language of
/// newsroom announcements, no model and no network. Its confidence drops for each thing it had to guess.
/// </summary>
public static partial class AnnouncementExtractor
{
    public const double ReviewThreshold = 0.6;

    public static Extraction Extract(string paragraph, int index, DateOnly? publishedOn)
    {
        var text = paragraph.Trim();
        var institutions = InstitutionFinder.Find(text);
        // "Teacher Training University" names a body; it says nothing about what happened.
        var acts = institutions.Aggregate(text, (masked, institution) => masked.Replace(institution.Name, "Institution", StringComparison.Ordinal));
        var kind = KindRules.Classify(acts, out var clues);
        var date = DatePhrases.Find(text, publishedOn, out var dateStated);
        var (named, places) = PlaceFinder.Find(text);
        if (kind is null)
        {
            return new Extraction(index, null, Profile().IsMatch(text) ? "describes an institution; states no activity" : "states no activity (no act such as a signing, visit, training or meeting)",
                date, institutions, [], places, [], null, null, null, 0, []);
        }

        var doubts = new List<string>();
        var countries = Countries(named, institutions);
        var direction = kind == ActivityKind.DelegationVisited ? Direction(text, doubts) : (VisitDirection?)null;
        if (!dateStated && !Recently().IsMatch(text))
            doubts.Add("no date found");
        if (kind == ActivityKind.ActivityReported)
            doubts.Add("no known kind of activity; reported as ActivityReported");
        if (clues > 2)
            doubts.Add("words of several kinds of activity");
        if (institutions.Count == 0)
            doubts.Add("no institution found");
        var confidence = Math.Round(Math.Clamp(0.95 - doubts.Sum(Weight), 0, 1), 2);
        return new Extraction(index, kind, null, date, institutions, countries, places, People(text), direction,
            kind == ActivityKind.DelegationVisited ? MemberCount(text) : null,
            kind == ActivityKind.AgreementSigned ? AgreementType(text) : null,
            confidence, doubts);
    }

    private static double Weight(string doubt) => doubt switch
    {
        "no institution found" => 0.4,
        "no known kind of activity; reported as ActivityReported" => 0.35,
        "no date found" => 0.2,
        _ => 0.15,
    };

    /// <summary>
    /// The countries an activity concerns besides the home country; the home country alone when it concerns
    /// no other (a domestic activity).
    /// </summary>
    private static IReadOnlyList<string> Countries(IReadOnlyList<string> named, IReadOnlyList<FoundInstitution> institutions)
    {
        var home = KnownInstitutions.Home.Country!;
        var all = named.Concat(institutions.Select(i => i.Country).OfType<string>()).Distinct().ToList();
        var abroad = all.Where(c => c != home).ToList();
        return abroad.Count > 0 ? abroad : [home];
    }

    private static VisitDirection Direction(string text, List<string> doubts)
    {
        if (Inbound().IsMatch(text))
            return VisitDirection.Inbound;
        if (!Outbound().IsMatch(text))
            doubts.Add("direction of the visit guessed");
        return VisitDirection.Outbound;
    }

    private static int? MemberCount(string text)
    {
        var match = Members().Match(text);
        if (!match.Success)
            return null;
        var word = match.Groups["n"].Value.ToLowerInvariant();
        return int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
            : Array.IndexOf(NumberWords, word) is var at and > 0 ? at : null;
    }

    private static string AgreementType(string text)
    {
        var match = AgreementKind().Match(text);
        if (!match.Success)
            return "agreement";
        var type = match.Value.ToLowerInvariant();
        return type is "mou" ? "memorandum of understanding" : type;
    }

    private static List<FoundPerson> People(string text) =>
        Person().Matches(text)
            .Select(m => new FoundPerson(m.Groups["name"].Value, m.Groups["role"].Value.Trim()))
            .DistinctBy(p => p.Name)
            .ToList();

    private static readonly string[] NumberWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    [GeneratedRegex(@"\brecently\b|\bnot long ago\b|\bthe other day\b", RegexOptions.IgnoreCase)]
    private static partial Regex Recently();

    [GeneratedRegex(@"^(?:[^.]*?)\b(?:is|was) (?:a|an|the)\b[^.]*\b(?:university|institution|college|organi[sz]ation|foundation|school)\b[^.]*\b(?:founded|established|based|located)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Profile();

    [GeneratedRegex(@"\b(?:visit(?:ed|ing)?|came to|arrived at|toured|visit to|trip to|exchange at)\s+(?:the\s+)?(?:OUC|Open University of China)\b|\b(?:received|welcomed|hosted)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?(?:delegation|visitors|guests)\b|\b(?:delegation|visitors|guests)\s+(?:from|of)\s+(?!(?:the\s+)?(?:OUC|Open University of China)\b)[^.]{0,160}\b(?:visited|came to|arrived at)\s+(?:the\s+)?(?:OUC|Open University of China|Beijing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Inbound();

    [GeneratedRegex(@"\b(?:OUC|Open University of China)\)?\s+(?:delegation|team)\b|\bdelegation\s+(?:of|from)\s+(?:[\w-]+\s+){0,4}?(?:the\s+)?(?:OUC|Open University of China)\b|\bof (?:the\s+)?(?:OUC|Open University of China)\b[^.]{0,80}\b(?:visited|conducted|travell?ed|went)\b|\bdelegation\s+(?:led|headed)\s+by\b", RegexOptions.IgnoreCase)]
    private static partial Regex Outbound();

    [GeneratedRegex(@"\b(?:delegation|team|group) of (?<n>\d+|\w+)(?:\s+\w+)?\s+(?:members|people|persons|officials|experts|representatives|staff|teachers|scholars)\b|\b(?<n>\d+|\w+)-(?:member|person|strong)\b|\b(?<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:teachers|students|officials|members|experts|representatives|scholars|staff|people)\b(?:\s+and\s+\w+)?\s+(?:from|of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Members();

    [GeneratedRegex(@"\b(?:strategic cooperation agreement|cooperation framework agreement|framework agreement|strategic partnership agreement|cooperation agreement|partnership agreement|memorandum of understanding|memorandum of cooperation|memorandum of agreement|letter of intent|MOU|MoU|exchange agreement|agreement|memorandum)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgreementKind();

    [GeneratedRegex(@"(?<name>\b[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){1,2}),\s+(?<role>(?:the\s+)?(?:(?:executive|vice|deputy|associate|assistant|acting|former)\s+)*(?:president|vice-president|director|head|dean|secretary|chair(?:man|woman|person)?|minister|ambassador|rector|principal|professor|representative|member|officer|counsellor|consul)[^,.;]{0,100})")]
    private static partial Regex Person();
}
