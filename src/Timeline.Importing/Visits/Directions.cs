using System.Text.RegularExpressions;
using Timeline.Domain.Records;

namespace Timeline.Importing;

/// <summary>
/// Which way a visit went, seen from the home university: inbound when others came to it, outbound when its people
/// went out. Newsrooms write from either side ("X University received a delegation from the OUC" is the OUC going
/// out), so what counts is where the home university stands in the sentence: as the place gone to, as the host, or
/// as the one whose people travel.
/// </summary>
public static partial class Directions
{
    private const string Home = @"(the\s+)?(OUC|Open University of China)(\s*\(OUC\))?('s|’s)?";

    /// <summary>A unit of the home university, named before its field ("International Exchange Office") or after it ("Office of International Exchange").</summary>
    private const string HomeUnit = "(Office|Department|School|College|Centre|Center|Division)";

    private const string Visitors = @"(delegations?|teams?|group|party|staff|colleagues|teachers|tutors|researchers|lecturers|professors|designers|representatives|officials|visitors|guests|experts|scholars|learners|students|leaders|engineers|trainers|technicians|instructors|inspectors|journalists|members|president|vice president|secretary|director|dean|head)";
    private const string Hosting = @"(received|welcomed|hosted|invited|greeted|(played|plays|was|were|is|are) host\b[^.;]{0,40}?\bto|opened (its|their) ((?>[\w-]{1,40})\s+){0,2}(campus|doors|classrooms|centres?|centers?|studios|library)\s+" + OnADay + "to|had as (its|their) guests?|had a visit from)";

    /// <summary>Hosting, or meeting people who came: "met with a visiting delegation", "met with the rector and her delegation".</summary>
    private const string HostingGuests = "(" + Hosting + @"|met with\b[^.;]{0,120}?\b(visiting|delegations?|guests|visitors|party)\b)";

    /// <summary>A person named with a role that names the home university: "Wang Ping, vice president of the OUC,".</summary>
    private const string HomeOfficer = @"(?-i:[A-Z][\w'’-]{1,30}(\s+[A-Z][\w'’-]{1,30}){0,2})\s*,\s+[^,;.]{0,80}?\b(OUC|Open University of China)\b[^,;.]{0,80}?,\s+";

    /// <summary>The same, its role one of an office: "Zhang Wei, head of the OUC Learning Centre in Zambia,", not "Ghana, on a tour organised by the OUC,".</summary>
    private const string HomeOfficeHolder = @"(?-i:[A-Z][\w'’-]{1,30}(\s+[A-Z][\w'’-]{1,30}){0,2})\s*,\s+(?=[^,;.]{0,120}?\b(president|vice[\s-]president|director|head|dean|secretary|chair|manager|officer|coordinator|rector|chancellor)\b)[^,;.]{0,80}?\b(OUC|Open University of China)\b[^,;.]{0,80}?,\s+";

    /// <summary>
    /// One of the home university's officers named by title before the name, the university before the title or after the
    /// name: "OUC Vice President Chen Yu", "OUC Secretary of the Party Committee Zhang Hua", "Vice President Wang Lin of the
    /// Open University of China".
    /// </summary>
    private const string HomeTitled = @"(\b(OUC|Open University of China)('s|’s)?\s+(executive\s+|deputy\s+)?" + Title + @"(\s+of\s+the(\s+(?-i:[A-Z][\w'’-]{1,30})){1,3})?\s+" + Name
        + @"|\b" + Title + @"\s+" + Name + @"\s+of\s+" + Home + @")\s+(has\s+|had\s+)?(recently\s+)?";

    private const string Title = @"(president|vice[\s-]president|secretary|dean|director|head|chair|chairman|chairwoman|rector|chancellor)";

    private const string Name = @"(?-i:[A-Z][\w'’-]{1,30}(\s+[A-Z][\w'’-]{1,30}){0,2})";

    /// <summary>A day told between a verb and the host after "by": "were received on 21 June 2022 by ...".</summary>
    private const string OnADay = @"((on|in)\s+(the\s+\w+\s+of\s+)?(\w{1,12}\s+){1,3}\d{4}\s+)?";

    /// <summary>Strongest first: the first that matches decides.</summary>
    private static readonly (Regex Pattern, VisitDirection Direction)[] Cues =
    [
        // The home university as the place gone to: "visited the OUC", "sent a team to the OUC", "welcomed at the OUC" (also
        // "received on Monday at the OUC"), "the OUC was the first stop of",
        // "led a delegation to the OUC", "a study tour of the OUC".
        (ToHome(), VisitDirection.Inbound),
        (ToPartOfHome(), VisitDirection.Inbound),
        (HomeVisited(), VisitDirection.Inbound),
        // The home university as the host named: "were the OUC's guests", "received by OUC vice president ...", "received by
        // Wang Ping, vice president of the OUC", "Welcomed by the director of the OUC's Learning Resources Centre",
        // "Invited by the OUC, ...", "Hosting a group from X, OUC staff ...".
        (HomeAsHost(), VisitDirection.Inbound),
        // Another side hosting the home university's people: "X received a delegation from the OUC", "hosted OUC staff".
        (HostingHomeVisitors(), VisitDirection.Outbound),
        (HostingHomePeople(), VisitDirection.Outbound),
        (HomePeopleHosted(), VisitDirection.Outbound),
        // Opened by the host ("Hosted by X University, an OUC team ...", "Welcomed at X University, an OUC party ..."): the
        // guests are the sentence's subject.
        (HostedByOtherOpener(), VisitDirection.Outbound),
        // One of the home university's officers, named with the role, who travels: "Zhang Wei, head of the OUC Learning Centre in
        // Zambia, paid a courtesy call on ...", "Jing Degang, OUC president, met ... during a visit to South Korea".
        (HomeOfficerTravelling(), VisitDirection.Outbound),
        // The home university hosting: "the OUC welcomed ...", "the OUC received a delegation".
        (HomeHosting(), VisitDirection.Inbound),
        // Opened by others who accompany the home university's people: "Accompanied by embassy officials, an OUC delegation
        // ..." or "..., a delegation of the OUC ...".
        (AccompaniedByOthersOpener(), VisitDirection.Outbound),
        // Staff of the home university who accompany a guest are at home, unless the guests are China's own: a Chinese
        // delegation the home university's officers accompany is travelling abroad with them.
        (ChineseAccompaniedByHome(), VisitDirection.Outbound),
        (AccompaniedByHome(), VisitDirection.Inbound),
        // Guests brought to the home university's city: "An exchange visit brought eight lecturers of X to Beijing".
        (ToHomeCity(), VisitDirection.Inbound),
        // The home university's own people as the ones who travel, or sent: "the OUC dispatched a team", "Sent by the OUC to
        // Nairobi", "Staff of the International Exchange Office of the OUC visited", "the OUC ... took a group of school heads
        // to Finland", "the OUC was represented at the University of Cape Town".
        (HomePeople(), VisitDirection.Outbound),
        // Others as the ones who travel: "a delegation of X University visited ...", "Kenya's minister visited ...".
        (OthersTravelling(), VisitDirection.Inbound),
    ];

    /// <param name="guessed">Whether no cue matched, so the direction is the default.</param>
    public static VisitDirection Of(string text, out bool guessed)
    {
        guessed = false;
        foreach (var (pattern, direction) in Cues)
        {
            if (pattern.IsMatch(text))
                return direction;
        }
        guessed = true;
        return VisitDirection.Outbound;
    }

    [GeneratedRegex(@"\b(visit(ed)?|visiting(?!\s+" + Home + @"\s+((?>[\w-]{1,40})\s+)?" + Visitors + @"\b)|(a|an|their|his|her|its) ((?>[\w-]{1,40})\s+){0,2}((visit|trip|mission|journey) to|(tour|visit) of)|(led|headed) (a|an|the|its|his|her|their) ((?>[\w-]{1,40})\s+){0,2}(delegation|team|group|party) to|(was|were) at|came to|come to|toured|called on|arrived (at|in)|(sent|dispatched)\b[^.;]{0,120}\bto|called at|brought\b[^.;]{0,120}\bto|(welcomed|received|hosted) (on\s+(\w{1,12}\s+){1,3})?(at|to)|stopped (at|in)|(were|was) (shown|taken) a?round|guests? of|inspected|stayed (at|with)|(exchange|stay|placement|attachment)s? at|spent\b[^.;]{0,120}\b(at|with)|visiting (scholar|professor|fellow|researcher|student|lecturer)s? (at|to|of)|(held|had) (talks|meetings?|discussions)\s+at|(dropped|dropping|looked|looking) in on|(dropped|dropping) by)\s+" + Home + @"\b" + NotACentreAbroad, Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex ToHome();

    /// <summary>"visited the OUC Learning Centre in Zambia": one of the home university's centres abroad is no visit to it.</summary>
    private const string NotACentreAbroad = @"(?!\s+(learning\s+)?(cent(re|er)|office)s?\s+(in|at)\b)";

    [GeneratedRegex(@"\b(visited|toured|came to|was at|were at)\s+(the\s+)?((?>[\w'’-]{1,40})\s+){1,4}(of|at)\s+" + Home + @"\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex ToPartOfHome();

    [GeneratedRegex(Home + @"\s+(was|were|has been|had been)\s+(paid a visit|visited|the\s+((?>[\w-]{1,40})\s+)?stop)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex HomeVisited();

    [GeneratedRegex(@"\b" + Hosting + @"\s+((?>[\w,'’-]{1,40})\s+){0,5}" + Visitors + @"\s+(from|of)\s+" + Home + @"\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex HostingHomeVisitors();

    [GeneratedRegex(@"\b" + Hosting + @"\s+(a|an|the|its|their|some)?\s*((?!by\b)(?>[\w,'’-]{1,40})\s+){0,3}" + Home + @"\s+((?>[\w-]{1,40})\s+){0,2}" + Visitors + @"\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex HostingHomePeople();

    [GeneratedRegex(Home + @"\s+((?>[\w-]{1,40})\s+){0,3}" + Visitors + @"\s+(were|was)\s+(received|welcomed|hosted|guests)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex HomePeopleHosted();

    /// <summary>
    /// "The OUC welcomed ...", and "OUC vice president Wang Ping received ..." or "Wang Ping, vice president of the OUC,
    /// met with a visiting delegation": one of its officers hosting is the university hosting.
    /// </summary>
    [GeneratedRegex(Home + @"\s+(has\s+|had\s+)?(recently\s+)?" + Hosting + @"\b"
        + @"|" + HomeTitled + HostingGuests + @"\b"
        + @"|" + HomeOfficer + @"(has\s+|had\s+)?(recently\s+)?" + HostingGuests + @"\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex HomeHosting();

    [GeneratedRegex(@"\b(OUC|Open University of China)('s|’s)\s+(guests?|visitors?)\b|\b(received|welcomed|hosted|greeted|met)\s+((to|in|at)\s+" + Name + @"\s+)?" + OnADay + @"by\s+" + Home + @"\b"
        + @"|\b(received|welcomed|hosted|greeted|met)\s+" + OnADay + @"by\s+(?-i:[A-Z][\w'’-]{1,30}(\s+[A-Z][\w'’-]{1,30}){0,2}),\s+[^,;.]{0,80}?\b(OUC|Open University of China)\b"
        + @"|\b(received|welcomed|hosted|greeted)\s+" + OnADay + @"by\s+(the\s+)?((?>[\w-]{1,40})\s+){1,3}(of|at)\s+" + Home + @"\b"
        + @"|\b(invited by|at the invitation of|on the invitation of)\s+" + Home + @"\b|^(hosting|receiving|welcoming)\b[^,;.]{1,120},\s+(" + HomeOfficer + @"|" + Home + @"\b)", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex HomeAsHost();

    [GeneratedRegex(@"^(hosted|received|welcomed|invited) (by|at)\s+(?!" + Home + @"\b)[^,;.]{1,120},\s+((a|an|the)\s+)?" + Home + @"\s+((?>[\w-]{1,40})\s+){0,2}" + Visitors + @"\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex HostedByOtherOpener();

    [GeneratedRegex(Visitors + @"\s+(of|from)\s+(?!" + Home + @"\b)[^.;]{1,120}?\b(came|come|travell?ed|arrived)\s+(to|in)\s+Beijing\b|\bbrought\s+((?>[\w-]{1,40})\s+){0,3}" + Visitors + @"\s+(of|from)\s+(?!" + Home + @"\b)[^.;]{1,120}?\bto\s+Beijing\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex ToHomeCity();

    [GeneratedRegex(@"\baccompanied by\b[^.;]{0,120}\b(OUC|Open University of China)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex AccompaniedByHome();

    /// <summary>
    /// A Chinese delegation, by name ("a delegation of China's Ministry of Education", "a Chinese delegation") or by a body
    /// of a province, region or city ("a delegation of the Gansu Provincial Department of Education").
    /// </summary>
    private const string ChineseVisitors = @"(\b(delegations?|teams?|group|officials)\s+(of|from)\s+(the\s+)?(China('s|’s)|[^,;.]{0,60}?\b(Provincial|Province|Autonomous Region|Municipal|Municipality)\b)|\bChinese\s+((?>[\w-]{1,40})\s+){0,2}(delegations?|teams?|group))";

    /// <summary>Accompanied by the home university, after the delegation is named or before ("Accompanied by the OUC, a delegation of ...").</summary>
    [GeneratedRegex(ChineseVisitors + @"[^.;]{0,120}\baccompanied by\b[^.;]{0,120}\b(OUC|Open University of China)\b"
        + @"|\baccompanied by\b[^.;]{0,120}?\b(OUC|Open University of China)\b[^.;]{0,120}?" + ChineseVisitors, Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex ChineseAccompaniedByHome();

    [GeneratedRegex("(" + HomeOfficeHolder + @"(has\s+|had\s+)?(recently\s+)?|" + HomeTitled + @")(visited|toured|paid (a|an) ((?>[\w-]{1,40})\s+){0,2}(call|visit)|called (on|at)|travell?ed to|went to|[^.;]{0,160}?\b(during|on) (a|an|his|her|their) ((?>[\w-]{1,40})\s+){0,2}(visit|trip|tour|journey) to\b(?!\s+" + Home + @"\b))", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex HomeOfficerTravelling();

    [GeneratedRegex(@"^accompanied by\b(?![^,;.]{0,120}\b(OUC|Open University of China)\b)[^,;.]{1,120},\s+((a|an|the)\s+)?((?>[\w-]{1,40}\s+)?" + Home + @"\s+((?>[\w-]{1,40})\s+){0,2}" + Visitors + @"\b|((?>[\w-]{1,40})\s+){0,2}" + Visitors + @"\s+(of|from)\s+" + Home + @"\b)", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex AccompaniedByOthersOpener();

    [GeneratedRegex(Visitors + @"\s+(of\s+(\d+|\w+)\s+)?(of|from)\s+" + Home + @"\b|\b(OUC|Open University of China)('s|’s)?\)?\s+((?>[\w-]{1,40})\s+){0,2}" + Visitors + @"\b|" + Home + @"\s+(sent|dispatched)\b|" + Home + @"(\s*,[^,;.]{1,80},)?\s+(took|led)\s+(a|an|the|its|their)\s+((?>[\w-]{1,40})\s+){0,3}" + Visitors + @"\b|" + Home + @"\s+(was|were)\s+represented\s+(at|in)\b|\b(sent|dispatched) by\s+" + Home + @"\s+to\b"
        + @"|" + Visitors + @"\s+(of|from)\s+(the\s+)?(((?-i:[A-Z])[\w-]{1,30}\s+){1,5}" + HomeUnit + @"|" + HomeUnit + @"\s+(of|for)(\s+(?-i:[A-Z])[\w-]{1,30}){1,4})\s+of\s+" + Home + @"\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex HomePeople();

    [GeneratedRegex(Visitors + @"\s+(of|from)\b|\b(ambassador|consul|minister|rectors?|chancellor)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex OthersTravelling();
}
