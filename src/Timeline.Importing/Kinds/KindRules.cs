using System.Text.RegularExpressions;
using Timeline.Domain.Records;

namespace Timeline.Importing;

/// <summary>
/// Which kind of activity a paragraph states, from the words newsrooms use for each. Where a paragraph uses
/// several, the more specific act wins: a signing over the visit it happened on, a donation over its ceremony.
/// A paragraph with no act at all (a policy statement, a profile) states no activity.
/// </summary>
public static partial class KindRules
{
    public static ActivityKind? Classify(string text, out int clues)
    {
        var found = Rules.Where(rule => rule.Pattern.IsMatch(text)).Select(rule => rule.Kind).ToList();
        clues = found.Count;
        if (found.Count > 0)
            return found[0];
        return EventVerb().IsMatch(text) ? ActivityKind.ActivityReported : null;
    }

    private static readonly (ActivityKind Kind, Regex Pattern)[] Rules =
    [
        (ActivityKind.AgreementSigned, Signing()),
        (ActivityKind.DonationMade, Donation()),
        (ActivityKind.CompetitionHeld, Competition()),
        (ActivityKind.DelegationVisited, Visit()),
        (ActivityKind.TrainingHeld, Training()),
        (ActivityKind.ConferenceHeld, Conference()),
        (ActivityKind.MeetingHeld, Meeting()),
        (ActivityKind.ProgrammeLaunched, Launch()),
    ];

    [GeneratedRegex(@"\b(?:sign(?:ed|s|ing)?|inked|concluded|renewed)\b[^.]{0,120}\b(?:agreement|memorandum|MOU|MoU|letter of intent|accord|contract|protocol)s?\b|\b(?:agreement|memorandum|MOU|MoU|letter of intent)s?\b[^.]{0,160}\b(?:was|were)\s+signed\b|\bsigning ceremony\b", RegexOptions.IgnoreCase)]
    private static partial Regex Signing();

    [GeneratedRegex(@"\bdonat(?:ed|es|ing|ion|ions)\b|\bdonor\b|\bgrant(?:ed)? (?:of )?(?:equipment|funds|books|computers)\b|\bhanded over\b[^.]{0,60}\b(?:computers|equipment|books|funds)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Donation();

    [GeneratedRegex(@"\bcompetitions?\b|\bcontests?\b|\bchampionships?\b|\bolympiad\b", RegexOptions.IgnoreCase)]
    private static partial Regex Competition();

    [GeneratedRegex(@"\bdelegations?\b|\bvisit(?:ed|s|ing)?\b|\bstudy tour\b|\bfield (?:study|trip|research)\b|\bexchange visit\b|\binspection tour\b|\bcame to\b|\btravell?ed to\b", RegexOptions.IgnoreCase)]
    private static partial Regex Visit();

    [GeneratedRegex(@"\btraining\b|\bworkshops?\b|\btrain(?:ed|s)?\b[^.]{0,40}\b(?:teachers|staff|tutors|officials|participants)\b|\bcourse for\b|\bclass(?:es)? for\b|\bbootcamp\b", RegexOptions.IgnoreCase)]
    private static partial Regex Training();

    [GeneratedRegex(@"\bconferences?\b|\bforums?\b|\bsymposi(?:um|a)\b|\bseminars?\b|\bsummits?\b|\bwebinars?\b|\bcongress(?:es)?\b(?! of the Communist)|\bcolloqui(?:um|a)\b|\blecture series\b", RegexOptions.IgnoreCase)]
    private static partial Regex Conference();

    [GeneratedRegex(@"\bmeetings?\b|\btalks\b|\bmet with\b|\binterview(?:ed)?\b|\bconsultations?\b|\bvideo call\b|\bdialogue\b", RegexOptions.IgnoreCase)]
    private static partial Regex Meeting();

    [GeneratedRegex(@"\b(?:launch|unveil|inaugurat|open(?:ed|s|ing)\b|establish|set up|roll(?:ed)? out|kick(?:ed)? off)\w*[^.]{0,80}?\b(?:programmes?|programs?|projects?|platforms?|cent(?:re|er)s?|courses?|initiatives?|campaigns?|bases?|hubs?|portals?|series|laborator(?:y|ies)|labs?|academ(?:y|ies)|institutes?|colleges?|schools?|networks?|alliances?)\b|\blaunch(?:ed|es)?\b|\b(?:programmes?|programs?|projects?|platforms?|cent(?:re|er)s?|initiatives?|bases?|hubs?|portals?|laborator(?:y|ies)|academ(?:y|ies)|institutes?)\s+(?:was|were|has been|have been)\s+(?:launched|unveiled|inaugurated|opened|established|set up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Launch();

    /// <summary>Words that report something done: without one, a paragraph states no activity.</summary>
    [GeneratedRegex(@"\b(?:held|hosted|signed|organi[sz]ed|attended|took place|carried out|conducted|completed|celebrated|awarded|presented|released|published|received|welcomed|joined|participated|took part)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EventVerb();
}
