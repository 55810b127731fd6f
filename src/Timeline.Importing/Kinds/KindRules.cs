using System.Buffers;
using System.Text.RegularExpressions;
using Timeline.Domain.Dates;
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
    private static readonly ActivityKind[] Specific = [ActivityKind.AgreementSigned, ActivityKind.DonationMade, ActivityKind.CompetitionHeld];

    private static readonly ActivityKind[] General =
        [ActivityKind.DelegationVisited, ActivityKind.TrainingHeld, ActivityKind.ConferenceHeld, ActivityKind.MeetingHeld];

    /// <param name="clues">How many kinds' words the paragraph holds.</param>
    /// <param name="rivalled">
    /// Whether the kind was chosen over a rival of the same standing: two specific acts, or (with no specific act) two
    /// of visit, training, conference and meeting, where only word order decided.
    /// </param>
    public static ActivityKind? Classify(string text, out int clues, out bool rivalled)
    {
        // "officials of X, in Beijing for a seminar on vocational training, came to the OUC", or opening the sentence, "During a
        // week in Beijing for the forum, a delegation ... visited the OUC" or "After the Belt and Road forum in Beijing, the
        // rector ... came to the OUC": why the visitors were in town is background; the act is the one the sentence goes on
        // to tell, when it tells one. A dated gathering ("After a forum in Seoul on 6 November 2019, OUC staff visited ...")
        // is what the paragraph dates, so no background.
        // "To implement the agreement signed last year, a delegation ... visited the OUC", "In line with the memorandum the two
        // sides concluded in 2017, twenty officials began a course": an agreement the paragraph's act carries out was signed
        // before it, so the act is the one told. With no other act told, the signing stays the paragraph's subject.
        var background = text;
        if (Aside().Match(text) is { Success: true } aside)
            background = text.Remove(aside.Index, aside.Length).Insert(aside.Index, ",");
        background = WithoutAgreementsCarriedOut(background);
        if (!ReferenceEquals(background, text)
            && ClassifyWhole(background, out var withoutClues, out var withoutRivalled) is { } told and not ActivityKind.ActivityReported)
        {
            (clues, rivalled) = (withoutClues, withoutRivalled);
            return told;
        }
        return ClassifyWhole(text, out clues, out rivalled);
    }

    /// <summary>The text without the agreements its act carries out (<see cref="AgreementCarriedOut"/>).</summary>
    public static string WithoutAgreementsCarriedOut(string text) =>
        text.AsSpan().IndexOfAny(AgreementWords) >= 0 ? AgreementCarriedOut().Replace(text, "${carried} the cooperation") : text;

    private static readonly SearchValues<string> AgreementWords =
        SearchValues.Create(["agreement", "memorand", "mou", "accord", "protocol"], StringComparison.OrdinalIgnoreCase);

    private static ActivityKind? ClassifyWhole(string text, out int clues, out bool rivalled)
    {
        // "the anniversary of its founding", "since it was set up in 2012" remember a launch; they are none.
        text = Anniversary().Replace(text, "anniversary");
        // "signed no document", "No agreement was signed", "plan to sign", "hoped to renew their agreement", "is not yet
        // open": a signing denied, planned or hoped for, or an opening still to come, is none, whatever else the paragraph tells.
        // A negation reaches the signing within its clause only, and "not only signed ... but also" denies nothing.
        text = Unrealised().Replace(text, "unrealised");
        // "was given a tour of its studios", "a course given by OUC engineers": what is given there is no gift.
        if (text.Contains("giv", StringComparison.OrdinalIgnoreCase) || text.Contains("gave", StringComparison.OrdinalIgnoreCase))
            text = GivenNoGift().Replace(text, "${what} taught");
        // Where each kind is first named; a kind named by several rules counts once.
        Span<int> firstAt = stackalloc int[(int)ActivityKind.ActivityReported + 1];
        firstAt.Fill(int.MaxValue);
        foreach (var (kind, pattern) in Rules)
            Note(firstAt, kind, pattern.Match(text));
        var possible = LexiconWords.Of(text);
        for (var i = 0; i < Lexicon.Length; i++)
        {
            if (CueWords.May(possible, i))
                Note(firstAt, LexiconCues[i].Kind, Volatile.Read(ref Lexicon[i]).Match(text));
        }
        clues = 0;
        foreach (var at in firstAt)
            clues += at == int.MaxValue ? 0 : 1;
        var specifics = Named(firstAt, Specific);
        rivalled = specifics > 0 ? specifics > 1 : Named(firstAt, General) > 1;
        foreach (var kind in Specific)
        {
            if (firstAt[(int)kind] != int.MaxValue)
                return kind;
        }
        // An honour is what the paragraph reports, not the conference or visit it was given at.
        if (ReportsHonour(text))
            return ActivityKind.ActivityReported;
        ActivityKind? general = null;
        foreach (var kind in General)
        {
            if (firstAt[(int)kind] != int.MaxValue && (general is null || firstAt[(int)kind] < firstAt[(int)general.Value]))
                general = kind;
        }
        // "a workshop ..., at which young scholars presented their papers": papers read to peers make a conference,
        // whatever the event is called.
        if (general == ActivityKind.TrainingHeld && PapersPresented().IsMatch(text))
            return ActivityKind.ConferenceHeld;
        // "welcomed online a delegation", "was received by video by the rector": guests met on a screen made no journey.
        if (general == ActivityKind.DelegationVisited && ReceivedOnline().IsMatch(text) && !Journey().IsMatch(text))
            return ActivityKind.MeetingHeld;
        // "Delegates met in Hanoi for the annual conference of ...": people gathered for a conference held the conference.
        if (general == ActivityKind.MeetingHeld && firstAt[(int)ActivityKind.ConferenceHeld] != int.MaxValue && MetForAConference().IsMatch(text))
            return ActivityKind.ConferenceHeld;
        // "met the rector in Seoul during a visit to South Korea": the talks were one part of the journey.
        if (general == ActivityKind.MeetingHeld && firstAt[(int)ActivityKind.DelegationVisited] != int.MaxValue && DuringVisit().IsMatch(text))
            return ActivityKind.DelegationVisited;
        // "made a trip to Colombo to train the university's staff", "visited Bangkok to attend the board meeting", "came to
        // the OUC for training in blended teaching", "flew to Nairobi to open the OUC Learning Centre": a journey made for
        // another act is that act ("for a short course on
        // Chinese culture" is what a visit held).
        if (general == ActivityKind.DelegationVisited && Purpose().Match(text, firstAt[(int)ActivityKind.DelegationVisited]) is { Success: true } purpose)
            return purpose.Groups["training"].Success ? ActivityKind.TrainingHeld
                : purpose.Groups["meeting"].Success ? ActivityKind.MeetingHeld
                : purpose.Groups["launch"].Success ? ActivityKind.ProgrammeLaunched : ActivityKind.ConferenceHeld;
        if (general is not null)
            return general;
        if (firstAt[(int)ActivityKind.ProgrammeLaunched] != int.MaxValue)
            return ActivityKind.ProgrammeLaunched;
        return Reported().IsMatch(text) ? ActivityKind.ActivityReported : null;
    }

    /// <summary>
    /// A seminar or workshop that runs a week or more, days given, is a course: "a seminar for 30 officials ... from 8
    /// to 19 May", as aid programmes name their trainings. Conferences, forums and summits last a few days, and keep
    /// their kind whatever their length.
    /// </summary>
    public static ActivityKind ByLength(ActivityKind kind, string text, HistoricalDate date) =>
        kind == ActivityKind.ConferenceHeld && date.End is not null && date.Precision == DatePrecision.Day
            && date.Earliest is { } first && date.Latest is { } last && last.DayNumber - first.DayNumber + 1 >= CourseDays
            && SeminarOrWorkshop().IsMatch(text) && !Gathering().IsMatch(text)
            ? ActivityKind.TrainingHeld
            : kind;

    /// <summary>Days from which a seminar is a course: the development parts' conferences run five days at most, their courses five to twelve.</summary>
    private const int CourseDays = 7;

    /// <summary>"was awarded", "was elected", "was named": the paragraph reports an honour.</summary>
    public static bool ReportsHonour(string text) => Honour().IsMatch(text);

    private static void Note(Span<int> firstAt, ActivityKind kind, Match match)
    {
        if (match.Success)
            firstAt[(int)kind] = Math.Min(firstAt[(int)kind], match.Groups["object"] is { Success: true } named ? named.Index : match.Index);
    }

    private static int Named(ReadOnlySpan<int> firstAt, ActivityKind[] kinds)
    {
        var named = 0;
        foreach (var kind in kinds)
            named += firstAt[(int)kind] == int.MaxValue ? 0 : 1;
        return named;
    }

    private const string Near = @"[^.;]{0,120}";

    /// <summary>The phrasings that need more than a list of words, one source-generated pattern each.</summary>
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

    /// <summary>Words a cue without objects may hold in one pattern; see <see cref="KindCue.Parts"/>.</summary>
    private const int WordsAPattern = 16;

    /// <summary>The lexicon's cues as their patterns run: <see cref="KindLexicon.Cues"/> in its order, long lists of words in parts.</summary>
    public static readonly IReadOnlyList<(ActivityKind Kind, KindCue Cue)> LexiconCues =
        [.. KindLexicon.Cues.SelectMany(c => c.Cue.Parts(WordsAPattern).Select(part => (c.Kind, part)))];

    /// <summary>
    /// The lexicon's words, one pattern per cue (<see cref="LexiconCues"/>, in its order). Each starts interpreted,
    /// which builds in about a millisecond, and is replaced by its compiled form once that is made on a background
    /// thread: compiling them all and making their code takes seconds, which no first paragraph should wait for. Both
    /// forms are the same backtracking pattern, so they find the same matches; compiled ones find them faster.
    /// </summary>
    private static readonly Regex[] Lexicon = Build(RegexOptions.None);

    /// <summary>The words each lexicon pattern needs: a pattern whose words the text lacks is not run.</summary>
    private static readonly CueWords LexiconWords = new([.. LexiconCues.Select(c => c.Cue)]);

    /// <summary>Done when every lexicon pattern runs compiled; a service may wait on it before timing anything.</summary>
    public static readonly Task Compiled = Task.Run(() =>
    {
        var compiled = Build(RegexOptions.Compiled);
        for (var i = 0; i < compiled.Length; i++)
        {
            Warm(compiled[i], LexiconCues[i].Cue);
            Volatile.Write(ref Lexicon[i], compiled[i]);
        }
    });

    private static Regex[] Build(RegexOptions options) =>
        [.. LexiconCues.Select(c => new Regex(c.Cue.Pattern(), Linear.Options | options, TimeSpan.FromMilliseconds(Linear.TimeoutMilliseconds)))];

    private static void Warm(Regex pattern, KindCue cue)
    {
        // A compiled pattern's code is made on its first match; made here, that work never counts against a
        // paragraph's time limit. On a busy machine it may itself outlast the limit: the code is made all the same.
        try
        {
            pattern.IsMatch($"{cue.Words[0]} {cue.Objects.FirstOrDefault()}");
        }
        catch (RegexMatchTimeoutException)
        {
        }
    }

    [GeneratedRegex(@"\b(sign(ed|s|ing)?|ink(ed|s|ing)?|conclud(ed|es|ing)|renew(ed|s|ing)?|enter(ed|s|ing)? into|(put|set|affixed) (their|its) (signatures?|names?) to|initiall?ed)\b"
            + Near + @"\b(agreements?|memorand(um|a)|MOUs?|letters? of intent|accords?|contracts?|protocols?|charters?)\b"
            + @"|\b(agreements?|memorand(um|a)|MOUs?|letters? of intent|accords?|contracts?|protocols?)\b" + Near
            + @"\b(was|were|has been|have been|being) (signed|inked|concluded|renewed|exchanged)\b|\bsigning ceremony\b"
            + @"|\b(agreements?|memorand(um|a)|MOUs?|letters? of intent)\b" + Near + @"\.\s{1,4}(it|they) (was|were|had been) (signed|inked|concluded)\b"
            + @"|\bexchanged (the\s+)?(signed\s+)?(agreements?|memorand(um|a)|MOUs?|letters? of intent)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Signing();

    [GeneratedRegex(@"\bdonat(ed|es|ing|ions?)\b|\bdonors?\b|\b(gave|give|gives|presented|handed over|granted|offered|delivered)\b[^.;]{0,120}\b(computers|laptops|tablets|books|equipment|masks|funds|scholarships|studios?|software|devices|materials|supplies|furniture|vehicles?)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Donation();

    [GeneratedRegex(@"\bcompetitions?\b|\bcontests?\b|\bchampionships?\b|\bolympiads?\b|\bhackathons?\b|\btournaments?\b|\b(first|second|third|gold|silver|bronze|top|grand) (prizes?|places?|awards?|medals?)\b|\bwon\b[^.;]{0,120}\b(prizes?|awards?|medals?|places?)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Competition();

    // "The delegation's members" says who came, not that anyone did; "a delegation ... attended the conference" is the conference.
    [GeneratedRegex(@"\bdelegations?\b(?!['’]s)(?!\s+(comprised|consisted of|included|was made up of|was composed of)\b)(?![^.;]{0,80}\b(attended|took part in|participated in)\b[^.;]{0,60}\b(conference|forum|symposium|summit|seminar|congress|webinar)s?\b)|\bvisit(ed|s|ing|ors?)?\b|\bstudy (tour|visit|trip|group)s?\b|\bfield (stud(y|ies)|trips?|research|surveys?|visits?|investigations?)\b|\binspection tour\b|\bcame to\b|\bcome to\b|\bwent to\b|\btravell?ed to\b|\btoured\b|\bcalled (on|at)\b|\bguests? of\b|\b(was|were) in (?-i:[A-Z])\w"
            + @"|\bspent\b[^.;]{0,120}\b(at|with|in)\b|^(sent|dispatched) by\b[^,.;]{1,60}?\bto\b|\bsent (a|an|the)\b[^.;]{0,120}\b(team|group|delegation)\b"
            + @"|\b(was|were) (received|welcomed|hosted)\b|^(hosted|welcomed|received) by\b(?!" + HostedEvent + @")|\b(was|were|played|plays|play|playing) host\b[^.;]{0,40}?\bto\b"
            + @"|\bopened (its|their) (doors|campus) to\b[^.;]{0,60}\b(of|from) (the\s+)?(?-i:[A-Z])"
            + @"|\bopened (its|their) (doors|campus)\b[^.;]{0,40}?\bto\s+(Mrs?|Ms|Dr|Prof|H\.\s?E)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Visit();

    // "held a meeting ... on teacher training" is the meeting: a verb of holding reaches a training only over no other act's noun.
    [GeneratedRegex(@"\btraining (courses?|workshops?|programmes?|programs?|sessions?|class(es)?|camps?)\b|\bworkshops?\b|\btrained\b|\bbootcamps?\b"
            + @"|\b(ran|run|gave|give|held|organi[sz]ed|offered|provided|conducted|delivered|completed|attended|received|took part in)\b(?:(?!\b(?:meetings?|talks|conferences?|forums?|seminars?|symposi(?:um|a)|summits?|webinars?)\b(?!-))[^.;]){0,120}\btraining\b"
            + @"|\btrain(s|ing)? (teachers|staff|tutors|officials|lecturers|managers|principals|doctors)\b|\b(course|class(es)?) for\b"
            // "began a two-week course", "ran a ten-day study programme", "completed a month-long class": a course told by its
            // length, begun, held or finished, is taught ("taking part in a month-long course in Beijing, spent a day at the
            // OUC" tells why visitors were in town, not what was done).
            + @"|\b(began|started|opened|completed|finished|attended|ran|held|gave|offered|organi[sz]ed|conducted|delivered)\s+(a|an|the|its|their)\s+"
            + @"((\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)[- ](day|week|month)s?|(day|week|month)-long)\s+(courses?|class(es)?|study programmes?)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Training();

    [GeneratedRegex(@"(?<!\b(press|news|video)\s+)\bconferences?\b|\bforums?\b|\bsymposi(um|a|ums)\b|\bseminars?\b|\bsummits?\b|\bwebinars?\b|\bcongress(es)? on\b|\bcolloqui(um|a)\b|\blecture series\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Conference();

    [GeneratedRegex(@"\bvideo (calls?|conferences?|link)\b|\bmeetings?\b|(?<!\b(gave|give|gives|giving|delivered|delivering)\s+)\btalks\b|\bmet\b(?![^.;]{0,120}?\b(visiting|delegations?|guests|visitors|(his|her|their) party)\b)|\binterview(ed|s)?\b|\bconsultations?\b|\bdialogues?\b|\bconvened\b(?![^.;]{0,60}\b(conferences?|forums?|symposi(um|a)|seminars?|summits?|webinars?|round[ -]?tables?|colloqui(um|a)|congress)\b)|\bconferr(ed|ing)\b(?!\s+(on|upon)\s+(?!\d|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\b|\w+day\b))|\bconversations?\b|\bteleconferences?\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Meeting();

    [GeneratedRegex(@"\b(launch(ed|es|ing)?|unveil(ed|s|ing)?|inaugurat(ed|es|ing|ion)|establish(ed|es|ing)?|set up|roll(ed|s)? out|kick(ed)? off|opened its)\b"
            + @"|\b(was|were|has been|have been|is|are) (formally |officially |jointly )?(opened|inaugurated|launched|established|founded|unveiled|set up|put into service)\b"
            + @"|\bfounding of\b|\bofficial opening\b|\bput into (service|use|operation)\b|\bopened (its|their) doors\b|\bwent live\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Launch();

    [GeneratedRegex(@"\b(was|were|has been|have been|had been) (awarded|honou?red(?! to)|elected|named(?! after)|selected as|chosen as|recogni[sz]ed as|listed among|presented with)\b"
        + @"|\b(was|were|has been|have been|had been) (given|granted) (the|an|a)\b[^.;]{0,60}?\b(awards?|prizes?|medals?|titles?|honou?rs?)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Honour();

    [GeneratedRegex(@"\b(received|welcomed|hosted|greeted)\s+(\w+\s+)?(online|virtually|by (video|zoom|teleconference)( link)?|via (video|zoom)( link)?|over (video|zoom))\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex ReceivedOnline();

    [GeneratedRegex(@"\b(visit(ed|s|ing)?|came to|come to|went to|travell?ed|arrived|toured|trip|stay(ed)?)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Journey();

    [GeneratedRegex(@"\b(during|on|in the course of)\s+(a|an|his|her|their|its)\s+((?>[\w-]{1,40})\s+){0,2}(visit|trip|tour|journey)\s+to\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex DuringVisit();

    [GeneratedRegex(@"\G[^.;]{0,160}?\bto\s+(attend|give|deliver|run|conduct|hold|teach|lead)\s+(the|a|an|its|their)\s+((?>[\w-]{1,40})\s+){0,4}((?<training>training|course|workshop)|(?<meeting>meeting)|conference|forum|seminar|symposium|summit|congress)s?\b|\G[^.;]{0,160}?\bto\s+(?<training>train)\b|\G[^.;]{0,160}?\bto\s+(?<launch>open|launch|inaugurate|unveil)\s+(the|a|an|its|their)\b|\G[^.;]{0,160}?\bfor\s+(?<training>training)\s+(in|on)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Purpose();

    /// <summary>
    /// An agreement the act carries out: "implement the agreement signed last year", "in line with the memorandum the two
    /// sides concluded in 2017", "under their MoU". The group <c>carried</c> keeps the words before it.
    /// </summary>
    [GeneratedRegex(@"\b(?<carried>implement(s|ed|ing)?|carry(ing)? out|carried out|put(ting)? into (practice|effect)|under|in line with|pursuant to|in accordance with|(with)?in the framework of|as part of|follow(ing)? up( on)?|deliver(ing)? on|act(ing)? on)\s+(the|a|an|their|its|this|that|both sides['’])\s+((?>[\w-]{1,40})\s+){0,4}?(agreements?|memorand(um|a)( of understanding)?|MOUs?|accords?|protocols?)\b"
        + @"(,?\s+((that|which)\s+)?((the|both)\s+(two\s+)?(sides|parties|universities|institutions)\s+|they\s+|it\s+)?((had|have|has)\s+(been\s+)?)?(signed|concluded|reached|inked|renewed)\b[^,.;]{0,60})?", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex AgreementCarriedOut();

    /// <summary>
    /// What a sentence opened by "Hosted by X," names when the thing hosted is an event, not guests: the event's noun
    /// heads the subject, with no verb before it ("an OUC group of six studied its courses" is guests).
    /// </summary>
    private const string HostedEvent = @"[^,;.]{1,80},\s+(the|a|an|this|this year's|its)\s+((?![\w'’-]+ed\b)(?>[\w'’-]{1,40})\s+){0,6}?(conferences?|forums?|symposi(um|a)|seminars?|summits?|congress|webinars?|workshops?|meetings?|ceremon(y|ies)|courses?|training|competitions?|contests?|festivals?|exhibitions?|fairs?|games)\b";

    [GeneratedRegex(@"(,\s+(who\s+(was|were)\s+)?|^(during|while)\s+((a|an|the|their|its|his|her)\s+)?((?>[\w-]{1,40})\s+){0,3})in\s+(?-i:[A-Z])[\w-]{1,30}(\s+(?-i:[A-Z])[\w-]{1,30}){0,2}(\s+(from|between|on)\s+[^,.;]{1,40}?)?\s+for\s+(a|an|the)\s+[^,.;]{1,80},"
        + @"|^(after|following)\s+(the|a|an|its|their)\s+((?>[\w-]{1,40})\s+){0,6}(forum|conference|summit|symposium|congress|seminar)\b[^,.;\d]{0,60},", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Aside();

    [GeneratedRegex(@"\bpresent(ed|ing|s)?\b[^.;]{0,40}\bpapers\b|\bpapers\b[^.;]{0,20}\b(was|were) presented\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex PapersPresented();

    [GeneratedRegex(@"\b(seminars?|workshops?)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex SeminarOrWorkshop();

    [GeneratedRegex(@"\b(conferences?|forums?|symposi(um|a|ums)|summits?|congress(es)?|webinars?)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Gathering();

    [GeneratedRegex(@"\b(no|not|never|without)\b(?!\s+only\b)[^.;,]{0,40}?\b(sign(ed|ing)?|renew(ed|ing)?|conclud(ed|ing)?)\b(?!\s+(?-i:[A-Z]))|\bsigned\s+no\b"
        + @"|\b(plans?|planned|planning|hopes?|hoped|hoping|intends?|intended|aims?|aimed|wish(es|ed)?|expects?|expected|agreed|agrees?|ready|set|going|due)\s+to\s+(sign|renew|conclude|ink)\b|\b(will|would|shall)\s+(sign|renew|conclude|ink)\b|\bto\s+be\s+(signed|renewed|concluded)\b|\bnot\s+yet\s+(open(ed)?|launched|started|signed|held)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Unrealised();

    [GeneratedRegex(@"\b(gave|given|give|gives|giving)\s+((him|her|them|us)\s+)?(a|an)\s+((?>[\w-]{1,30})\s+){0,2}(?<what>tour|briefing|lecture|talk|speech|presentation|demonstration|overview|introduction|account|welcome|reception)\b"
        + @"|\b(?<what>course|class|lecture|lesson|session|talk)(s|es)?\s+((was|were)\s+)?given\s+by\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex GivenNoGift();

    [GeneratedRegex(@"\b(met|gathered|convened|came together)\b[^.;]{0,80}?\bfor\s+(the|a|an|its|their)\s+((?>[\w-]{1,40})\s+){0,4}(conference|forum|summit|symposium|congress|seminar|webinar|colloquium)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex MetForAConference();

    [GeneratedRegex(@"\b(anniversary of|since) (its|the|their|his|her)\s+(founding|establishment|launch)\b|\bsince (it|they) (was|were) (founded|established|set up|launched|created)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Anniversary();

    /// <summary>Words that report something done: without one, a paragraph states no activity.</summary>
    [GeneratedRegex(@"\b(held|hosted|signed|organi[sz]ed|attended|took place|carried out|conducted|completed|celebrated|marked|awarded|honou?red|presented|released|published|issued|received|welcomed|joined|participated|took part|began|started|accredited|certified|ranked|planted|graduated|commemorated|recogni[sz]ed|elected|appointed|produced|volunteered|enrolled|admitted|sat)\b|\b(was|were|has been|have been) (named|designated|given|granted|selected|listed|chosen|shortlisted|conferred|bestowed)\b|\bbuilt\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Reported();
}
