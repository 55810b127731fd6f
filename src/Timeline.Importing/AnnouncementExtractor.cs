using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Domain.Dates;
using Timeline.Domain.Records;

namespace Timeline.Importing;

/// <summary>
/// Reads one announcement paragraph into the facts of an activity: deterministic rules over the language of
/// newsroom announcements, no model and no network. Its confidence drops for each thing it had to guess.
/// </summary>
public static partial class AnnouncementExtractor
{
    public const double ReviewThreshold = 0.6;

    public static Extraction Extract(string paragraph, int index, DateOnly? publishedOn, CancellationToken cancellationToken = default)
    {
        try
        {
            return Read(paragraph.Trim(), index, publishedOn, cancellationToken);
        }
        catch (RegexMatchTimeoutException)
        {
            // Every pattern is built to run in linear time; this is the backstop if one does not.
            return Skipped(index, "could not be read in bounded time", HistoricalDate.Unknown(publishedOn), [], []);
        }
    }

    private static Extraction Read(string text, int index, DateOnly? publishedOn, CancellationToken cancellationToken)
    {
        var institutions = InstitutionFinder.Find(text);
        cancellationToken.ThrowIfCancellationRequested();
        // "Teacher Training University" names a body; it says nothing about what happened.
        var acts = institutions.Aggregate(text, (masked, institution) => masked.Replace(institution.Name, "Institution", StringComparison.Ordinal));
        var kind = KindRules.Classify(acts, out var clues);
        var date = DatePhrases.Find(text, publishedOn, out var dateStated);
        cancellationToken.ThrowIfCancellationRequested();
        var (named, places) = PlaceFinder.Find(text);
        // "The X is a university founded in 1979": a profile names a founding, but reports nothing done.
        if (kind is ActivityKind.ProgrammeLaunched or ActivityKind.ActivityReported && Profile().IsMatch(text))
            return Skipped(index, "describes an institution; states no activity", date, institutions, places);
        if (kind is null)
            return Skipped(index, "states no activity (no act such as a signing, visit, training or meeting)", date, institutions, places);

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
        if (institutions.Any(i => i.Name.Contains(" and ", StringComparison.Ordinal) || i.Name.Contains(" in ", StringComparison.Ordinal)))
            doubts.Add("an institution's name may run into another name or a place");
        if (kind == ActivityKind.DelegationVisited && institutions.All(i => i.Id != KnownInstitutions.Home.Id))
            doubts.Add("a visit that does not name the home university");
        var confidence = Math.Round(Math.Clamp(0.95 - doubts.Sum(Weight), 0, 1), 2);
        return new Extraction(index, kind, null, date, institutions, countries, places, People(text), direction,
            kind == ActivityKind.DelegationVisited ? MemberCount(text) : null,
            kind == ActivityKind.AgreementSigned ? AgreementType(text) : null,
            confidence, doubts);
    }

    private static Extraction Skipped(int index, string reason, HistoricalDate date, IReadOnlyList<FoundInstitution> institutions, IReadOnlyList<string> places) =>
        new(index, null, reason, date, institutions, [], places, [], null, null, null, 0, []);

    /// <summary>A doubt that alone makes a reading likely wrong sends it to review (below <see cref="ReviewThreshold"/>); lesser ones add up.</summary>
    private static double Weight(string doubt) => doubt switch
    {
        "no institution found" or "no known kind of activity; reported as ActivityReported" or "direction of the visit guessed"
            or "an institution's name may run into another name or a place" or "a visit that does not name the home university" => 0.4,
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
        var direction = Directions.Of(text, out var guessed);
        if (guessed)
            doubts.Add("direction of the visit guessed");
        return direction;
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

    [GeneratedRegex(@"\brecently\b|\bnot long ago\b|\bthe other day\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex Recently();

    [GeneratedRegex(@"^[^.,;]{0,100}\b(?:is|was) (?:a|an|the)\b[^.]{0,160}\b(?:founded|established|based|located|headquartered)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex Profile();

    [GeneratedRegex(@"\b(?:delegation|team|group) of (?<n>\d+|\w+)(?:\s+\w+)?\s+(?:members|people|persons|officials|experts|representatives|staff|teachers|scholars)\b|\b(?<n>\d+|\w+)-(?:member|person|strong)\b|\b(?<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:teachers|students|officials|members|experts|representatives|scholars|staff|people)\b(?:\s+and\s+\w+)?\s+(?:from|of)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex Members();

    [GeneratedRegex(@"\b(?:strategic cooperation agreement|cooperation framework agreement|framework agreement|strategic partnership agreement|cooperation agreement|partnership agreement|memorandum of understanding|memorandum of cooperation|memorandum of agreement|letter of intent|MOU|MoU|exchange agreement|agreement|memorandum)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex AgreementKind();

    [GeneratedRegex(@"(?<name>\b[A-Z][a-z'’]{1,30}(?:[ -][A-Z][a-z'’]{1,30}){1,2}),\s+(?<role>(?:the\s+)?(?:(?:executive|vice|deputy|associate|assistant|acting|former)\s+)*(?:president|vice-president|director|head|dean|secretary|chair(?:man|woman|person)?|minister|ambassador|rector|principal|professor|representative|member|officer|counsellor|consul)[^,.;]{0,100})", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex Person();
}
