using System.Text.RegularExpressions;
using Timeline.Domain.Records;

namespace Timeline.Importing;

/// <summary>
/// Which kind of activity a paragraph states, from the words newsrooms use for each. The specific acts win over the
/// occasion they happened on: a signing over the visit, a donation over its ceremony, a prize over the event. Among the
/// rest, the act named first is the paragraph's subject ("attended a conference, and visited colleagues afterwards"
/// is a conference; "a delegation ... met the rector" is a visit), and a launch counts only when nothing else was done
/// ("launched its training programme" is a training). No act at all (a profile, a policy) is no activity.
/// </summary>
public static partial class KindRules
{
    /// <param name="clues">How many kinds' words the paragraph holds.</param>
    /// <param name="rivalled">
    /// Whether the kind was chosen over a rival of the same standing: two specific acts, or (with no specific act) two
    /// of visit, training, conference and meeting, where only word order decided.
    /// </param>
    public static ActivityKind? Classify(string text, out int clues, out bool rivalled)
    {
        clues = 0;
        var specifics = 0;
        var generals = 0;
        ActivityKind? specific = null, general = null, launch = null;
        var first = int.MaxValue;
        foreach (var (kind, pattern, isSpecific) in Rules)
        {
            var match = pattern.Match(text);
            if (!match.Success)
                continue;
            clues++;
            if (isSpecific)
            {
                specific ??= kind;
                specifics++;
            }
            else if (kind == ActivityKind.ProgrammeLaunched)
                launch = kind;
            else
            {
                generals++;
                if (match.Index < first)
                    (general, first) = (kind, match.Index);
            }
        }
        rivalled = specific is not null ? specifics > 1 : generals > 1;
        if ((specific ?? general ?? launch) is { } found)
            return found;
        return Reported().IsMatch(text) ? ActivityKind.ActivityReported : null;
    }

    private const string Near = @"[^.;]{0,120}";

    private static readonly (ActivityKind Kind, Regex Pattern, bool Specific)[] Rules =
    [
        (ActivityKind.AgreementSigned, Signing(), true),
        (ActivityKind.DonationMade, Donation(), true),
        (ActivityKind.CompetitionHeld, Competition(), true),
        (ActivityKind.DelegationVisited, Visit(), false),
        (ActivityKind.TrainingHeld, Training(), false),
        (ActivityKind.ConferenceHeld, Conference(), false),
        (ActivityKind.MeetingHeld, Meeting(), false),
        (ActivityKind.ProgrammeLaunched, Launch(), false),
    ];


    [GeneratedRegex(@"\b(sign(ed|s|ing)?|ink(ed|s|ing)?|conclud(ed|es|ing)|renew(ed|s|ing)?|enter(ed|s|ing)? into|put (their|its) (signatures?|names?) to|initiall?ed)\b"
            + Near + @"\b(agreements?|memorand(um|a)|MOUs?|letters? of intent|accords?|contracts?|protocols?|charters?)\b"
            + @"|\b(agreements?|memorand(um|a)|MOUs?|letters? of intent|accords?|contracts?|protocols?)\b" + Near
            + @"\b(was|were|has been|have been|being) (signed|inked|concluded|renewed)\b|\bsigning ceremony\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Signing();

    [GeneratedRegex(@"\bdonat(ed|es|ing|ions?)\b|\bdonors?\b|\b(gave|give|gives|presented|handed over|granted|offered|delivered)\b[^.;]{0,120}\b(computers|laptops|tablets|books|equipment|masks|funds|scholarships|studios?|software|devices|materials|supplies|furniture|vehicles?)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Donation();

    [GeneratedRegex(@"\bcompetitions?\b|\bcontests?\b|\bchampionships?\b|\bolympiads?\b|\bhackathons?\b|\btournaments?\b|\b(first|second|third|gold|silver|bronze|top|grand) (prizes?|places?|awards?|medals?)\b|\bwon\b[^.;]{0,120}\b(prizes?|awards?|medals?|places?)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Competition();

    [GeneratedRegex(@"\bdelegations?\b|\bvisit(ed|s|ing|ors?)?\b|\bstudy (tour|visit|trip|group)s?\b|\bfield (study|trip|research)\b|\binspection tour\b|\bcame to\b|\bcome to\b|\bwent to\b|\btravell?ed to\b|\btoured\b|\bcalled on\b|\bguests? of\b"
            + @"|\bspent\b[^.;]{0,120}\b(at|with|in)\b|\bsent (a|an|the)\b[^.;]{0,120}\b(team|group|delegation)\b"
            + @"|\b(received|welcomed|hosted)\s+((?>[\w,'’-]{1,40})\s+){0,4}(teams?|groups?|staff|guests?|teachers|researchers|tutors|officials|representatives|lecturers|rectors?|president|vice chancellor|chancellor|minister|ambassador)\b"
            + @"|\b(was|were) (received|welcomed|hosted)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Visit();

    [GeneratedRegex(@"\btraining (courses?|workshops?|programmes?|programs?|sessions?|class(es)?|camps?)\b|\bworkshops?\b|\btrained\b|\bbootcamps?\b"
            + @"|\b(ran|run|gave|give|held|organi[sz]ed|offered|provided|conducted|delivered|completed|attended|received|took part in)\b[^.;]{0,120}\btraining\b"
            + @"|\btrain(s|ing)? (teachers|staff|tutors|officials|lecturers|managers|principals|doctors)\b|\b(course|class(es)?) for\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Training();

    [GeneratedRegex(@"\bconferences?\b|\bforums?\b|\bsymposi(um|a|ums)\b|\bseminars?\b|\bsummits?\b|\bwebinars?\b|\bcongress(es)? on\b|\bcolloqui(um|a)\b|\blecture series\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Conference();

    [GeneratedRegex(@"\bvideo (calls?|conferences?|link)\b|\bmeetings?\b|\btalks\b|\bmet\b|\binterview(ed|s)?\b|\bconsultations?\b|\bdialogues?\b|\bconvened\b|\bconferred\b|\bconversations?\b|\bteleconferences?\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Meeting();

    [GeneratedRegex(@"\b(launch(ed|es|ing)?|unveil(ed|s|ing)?|inaugurat(ed|es|ing|ion)|establish(ed|es|ing)?|set up|roll(ed|s)? out|kick(ed)? off|opened its)\b"
            + @"|\b(was|were|has been|have been|is|are) (formally |officially |jointly )?(opened|inaugurated|launched|established|founded|unveiled|set up|put into service)\b"
            + @"|\bfounding of\b|\bofficial opening\b|\bput into (service|use|operation)\b|\bopened (its|their) doors\b|\bwent live\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Launch();

    /// <summary>Words that report something done: without one, a paragraph states no activity.</summary>
    [GeneratedRegex(@"\b(held|hosted|signed|organi[sz]ed|attended|took place|carried out|conducted|completed|celebrated|marked|awarded|honou?red|presented|released|published|issued|received|welcomed|joined|participated|took part|began|started)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Reported();
}
