using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Domain.Dates;
using Timeline.Domain.Records;

namespace Timeline.Importing;

/// <summary>
/// Reads one announcement paragraph into the facts of an activity: deterministic rules over the language of
/// newsroom announcements, and where they find no act, a small trained model; no network. Its confidence drops for
/// each thing it had to guess.
/// </summary>
public static partial class AnnouncementExtractor
{
    /// <summary>The confidence of a reading nothing casts doubt on: rules over prose are never quite sure.</summary>
    public const double Certain = 0.95;

    /// <summary>
    /// Below this confidence a reading goes to review. A reading starts at <see cref="Certain"/> and each
    /// <see cref="Doubt"/> lowers it by its weight; the threshold itself is <see cref="Doubts.ReviewScore"/>.
    /// </summary>
    // Confidences are rounded to hundredths: half of one keeps a score of exactly ReviewScore on the review side.
    public const double ReviewThreshold = Certain - Doubts.ReviewScore + 0.005;

    /// <summary>The skip reason of a paragraph some pattern could not read within <see cref="Linear.TimeoutMilliseconds"/>.</summary>
    public const string OutOfTime = "could not be read in bounded time";

    public static Extraction Extract(string paragraph, int index, DateOnly? publishedOn, CancellationToken cancellationToken = default)
    {
        try
        {
            return Read(paragraph.Trim(), index, publishedOn, cancellationToken);
        }
        catch (RegexMatchTimeoutException)
        {
            // Every pattern is built to run in linear time; this is the backstop if one does not.
            return Skipped(index, OutOfTime, HistoricalDate.Unknown(publishedOn), [], []);
        }
    }

    /// <summary>
    /// Makes everything the first paragraph would otherwise wait for (the place names, the patterns and their code):
    /// a service calls it in the background at start. Done when the lexicon's patterns run compiled as well.
    /// </summary>
    public static Task Warm()
    {
        Extract("On 3 March 2021 a delegation of the University of Nairobi (UoN) in Kenya visited the Open University of China and signed an agreement.",
            0, null);
        return KindRules.Compiled;
    }

    private static Extraction Read(string text, int index, DateOnly? publishedOn, CancellationToken cancellationToken)
    {
        var institutions = InstitutionFinder.Find(text);
        cancellationToken.ThrowIfCancellationRequested();
        // "Teacher Training University" names a body; it says nothing about what happened.
        var acts = institutions.Aggregate(text, (masked, institution) => masked.Replace(institution.Name, "Institution", StringComparison.Ordinal));
        var kind = KindRules.Classify(acts, out var clues, out var kindRivalled);
        // Where no rule found an act, the trained model may still read one; wherever a rule found one, the rules decide.
        var trained = kind is null ? TrainedReadings.Kind(text) : null;
        kind ??= trained;
        var date = DatePhrases.Find(text, publishedOn, out var dateStated, kind);
        kind = kind is { } read && trained is null ? KindRules.ByLength(read, text, date) : kind;
        cancellationToken.ThrowIfCancellationRequested();
        var (named, places) = PlaceFinder.Find(text);
        named = Universities.WithoutTownsOfOtherCountries(named, places, institutions);
        institutions = Universities.Placed(institutions, named);
        // "The X is a university founded in 1979", "Founded in 1992, X is ..." (or "offers", "teaches"): a profile names a founding, but reports nothing done.
        if (kind is ActivityKind.ProgrammeLaunched or ActivityKind.ActivityReported && Profile().IsMatch(text))
            return Skipped(index, "describes an institution; states no activity", date, institutions, places);
        if (kind is null)
            return Skipped(index, "states no activity (no act such as a signing, visit, training or meeting)", date, institutions, places);
        if (Plans.IsOnlyPlanned(text))
            return Skipped(index, "states a plan or a postponement, nothing done", date, institutions, places);

        var countries = Countries(named, institutions);
        var guessed = false;
        var direction = kind != ActivityKind.DelegationVisited ? (VisitDirection?)null
            : trained is null ? Directions.Of(text, out guessed) : TrainedReadings.Direction(text);
        var doubts = Doubts.Of(new Reading(text, kind.Value, clues, kindRivalled, date, dateStated, institutions, countries,
            direction is null ? null : guessed));
        if (trained is not null)
            doubts.Add(Doubts.TrainedKind);
        var confidence = Math.Round(Math.Clamp(Certain - doubts.Sum(d => d.Weight), 0, 1), 2);
        return new Extraction(index, kind, null, date, institutions, countries, places, People(text), direction,
            kind == ActivityKind.DelegationVisited ? MemberCount(text) : null,
            kind == ActivityKind.AgreementSigned ? AgreementType(text) : null,
            confidence, doubts.Select(d => d.ToString()).ToList());
    }

    private static Extraction Skipped(int index, string reason, HistoricalDate date, IReadOnlyList<FoundInstitution> institutions, IReadOnlyList<string> places) =>
        new(index, null, reason, date, institutions, [], places, [], null, null, null, 0, []);

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

    [GeneratedRegex(@"^[^.,;]{0,100}\b(?:is|was) (?:a|an|the)\b[^.]{0,160}\b(?:founded|established|based|located|headquartered)\b|^(?:founded|established|set up|created) in (?:19|20)\d{2}(?: as\b[^.;]{0,120})?,[^.;]{0,160}\b(?:is|has|have|are|took|offers|enrols|enrolls|teaches|serves|runs|operates)\b|^[^.;]{0,100}, (?:founded|established|set up|created) in (?:19|20)\d{2}, (?:is|has|have|are|offers|enrols|enrolls|teaches|serves|runs|operates)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex Profile();

    [GeneratedRegex(@"\b(?:delegation|team|group) of (?<n>\d+|\w+)(?:\s+\w+)?\s+(?:members|people|persons|officials|experts|representatives|staff|teachers|scholars)\b|\b(?<n>\d+|\w+)-(?:member|person|strong)\b|\b(?<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:teachers|students|officials|members|experts|representatives|scholars|staff|people)\b(?:\s+and\s+\w+)?\s+(?:from|of)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex Members();

    [GeneratedRegex(@"\b(?:strategic cooperation agreement|cooperation framework agreement|framework agreement|strategic partnership agreement|cooperation agreement|partnership agreement|memorandum of understanding|memorandum of cooperation|memorandum of agreement|letter of intent|MOU|MoU|exchange agreement|agreement|memorandum)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex AgreementKind();

    [GeneratedRegex(@"(?<name>\b[A-Z][a-z'’]{1,30}(?:[ -][A-Z][a-z'’]{1,30}){1,2}),\s+(?<role>(?:the\s+)?(?:(?:executive|vice|deputy|associate|assistant|acting|former)\s+)*(?:president|vice-president|director|head|dean|secretary|chair(?:man|woman|person)?|minister|ambassador|rector|principal|professor|representative|member|officer|counsellor|consul)[^,.;]{0,100})", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex Person();
}
