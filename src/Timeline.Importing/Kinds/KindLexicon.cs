using Timeline.Domain.Records;
using static Timeline.Importing.Inflections;
using static Timeline.Importing.KindCue;

namespace Timeline.Importing;

/// <summary>
/// The words writers use for each kind of act, in one place: lemmas whose inflections come by rule, nouns that name
/// the act (nominalisations: "the signing of", "a videoconference"), and the objects that turn a general verb into
/// a specific act ("handed over laptops" is a donation, "handed over the chair" is not).
/// </summary>
public static class KindLexicon
{
    private static readonly string[] Agreements =
        [.. Nouns("agreement", "memorandum|memoranda|memorandums", "MOU", "MoU", "letter of intent|letters of intent",
            "accord", "contract", "protocol", "charter", "treaty|treaties", "pact", "signature")];

    /// <summary>What is signed only when the verb is "sign" itself: a forum "concluded" with a statement signs nothing.</summary>
    private static readonly string[] Undertakings = [.. Nouns("deal", "partnership", "joint statement", "declaration", "plan", "framework")];

    private static readonly string[] Gifts =
        [.. Nouns("computer", "laptop", "tablet", "book", "textbook", "equipment|equipments", "mask", "fund", "scholarship",
            "bursary|bursaries", "studio", "software|softwares", "device", "material", "supply|supplies", "furniture",
            "vehicle", "projector", "printer", "desk", "yuan|yuans", "dollar", "euro", "mobile data", "learning kit", "server",
            "coat", "clothing|clothing", "clothes|clothes", "stationery|stationery", "food|food", "medicine", "bicycle", "classroom")];

    /// <summary>People a host receives: "welcomed the rector", "played host to twelve officials".</summary>
    public static readonly string[] Visitors =
        [.. Nouns("delegation", "team", "group", "guest", "visitor", "official", "representative", "researcher", "lecturer",
            "teacher", "tutor", "expert", "scholar", "librarian", "designer", "principal", "rector", "president",
            "vice chancellor", "chancellor", "vice-rector", "vice rector", "minister", "ambassador", "dean", "staff|staffs", "colleague", "leader", "party|parties",
            "secretary|secretaries", "officer", "head", "vice-chancellor", "pro-vice-chancellor", "professor", "director", "provost",
            "counsellor", "councillor", "counselor", "attaché", "attache", "consul", "envoy", "adviser", "advisor", "specialist",
            "coordinator", "commissioner", "engineer", "manager")];

    /// <summary>A guest named with an honorific: "welcomed Ms Grace Owusu", "greeted Prof. Kim".</summary>
    private static readonly string[] Honorifics = ["Mr", "Ms", "Mrs", "Madam", "Dr", "Prof"];

    private static readonly string[] Foundations =
        [.. Nouns("centre", "center", "platform", "programme", "program", "project", "school", "academy|academies",
            "institute", "laboratory|laboratories", "lab", "college", "network", "alliance", "app", "museum", "office",
            "portal", "hub", "base", "station", "library|libraries", "service")];

    public static readonly IReadOnlyList<(ActivityKind Kind, KindCue Cue)> Cues =
    [
        (ActivityKind.AgreementSigned, With(Verbs("sign", "ink", "conclude", "renew", "seal", "affix", "countersign",
            "enter into", "initial|initialled|initialled|initialling", "initial|initialed|initialed|initialing", "formalise", "formalize",
            "!exchange", "put|put|put|putting in place", "set|set|set|setting down", "put|put|put|putting in writing",
            "set|set|set|setting their names", "set|set|set|setting its name"), Agreements)),
        // A partnership or deal "concluded" is signed; a forum "concluded" with a declaration signs nothing.
        (ActivityKind.AgreementSigned, With(Verbs("conclude"), Nouns("partnership", "deal"))),
        (ActivityKind.AgreementSigned, With(Verbs("sign", "ink", "seal", "formalise", "formalize", "put|put|put|putting its name to", "put|put|put|putting their names to", "enter into"), Undertakings)),
        (ActivityKind.AgreementSigned, Alone(Verbs("co-sign", "put|put|put|putting pen to paper"),
            Nouns("signing ceremony", "signatory|signatories"), Phrases("signing of", "signed copies", "signing took place", "agreed in writing"))),

        (ActivityKind.DonationMade, Alone(Verbs("donate", "endow", "bequeath", "!gift"), Nouns("donation", "donor", "endowment"),
            Phrases("gift of", "gifts of", "as a gift", "as gifts", "a gift for", "a gift to", "gifts for", "free of charge to"))),
        (ActivityKind.DonationMade, With(Verbs("give|gave|given|giving", "present", "hand over", "hand|handed|handed|handing to",
            "grant", "offer", "deliver", "contribute", "fund", "sponsor", "award", "send|sent|sent|sending", "hand", "raise", "ship|shipped|shipped|shipping",
            "pay|paid|paid|paying for", "collect"), Gifts)),

        (ActivityKind.CompetitionHeld, Alone(Nouns("competition", "contest", "championship", "olympiad", "hackathon",
            "tournament", "quiz|quizzes", "runner-up|runners-up", "final round"),
            Phrases("placed first", "placed second", "placed third", "came first", "came second", "came third", "came out top", "finals of",
                "reached the final", "in the final of", "won the final"))),

        (ActivityKind.DelegationVisited, Alone(Verbs("visit", "tour", "!call|called|called|calling on", "travel|travelled|travelled|travelling to",
            "travel|traveled|traveled|traveling to", "journey to", "fly|flew|flown|flying to", "come|came|come|coming to",
            "arrive at", "arrive in", "stayed at", "inspect", "stop|stopped|stopped|stopping at", "play|played|played|playing host to",
            "drop|dropped|dropped|dropping in on", "drop|dropped|dropped|dropping by", "look|looked|looked|looking in on"),
            Nouns("study tour", "study trip", "field trip", "exchange visit", "courtesy call", "fact-finding mission", "trip to|trips to"),
            Phrases("was host to", "were host to", "guests of", "guest of", "'s guests", "’s guests", "'s guest", "’s guest", "shown around", "showed them around",
                "taken around", "shown round", "taken round", "showed them round", "were shown the", "was shown the", "paid a call on", "pay a call on", "as its guests", "as its guest", "as their guests",
                "as their guest", "had a visit from", "has had a visit from",
                "welcomed at", "was welcomed at", "were welcomed at", "was received at", "were received at"))),
        // Visitors received come after the verb; the passive ("a delegation was received") is a rule of its own.
        (ActivityKind.DelegationVisited, Before(Verbs("receive", "welcome", "host", "greet"), Visitors, FewWords)),
        (ActivityKind.DelegationVisited, Before(Verbs("welcome", "host", "greet"), Honorifics, FewWords)),
        // "the OUC was represented at the University of Cape Town by ...": a body represented at another's seat visited it
        // (represented at a conference, it took part in that). Institutions' names read as "Institution" here.
        (ActivityKind.DelegationVisited, Before(Phrases("was represented at", "were represented at"), Nouns("institution", "headquarters", "campus"), @"\s+(?:the\s+)?")),
        // The sender's side: "sent its deputy vice-chancellor to", "dispatched a team of four to".
        (ActivityKind.DelegationVisited, With(Verbs("send|sent|sent|sending", "dispatch"), Visitors, FewWords)),

        (ActivityKind.TrainingHeld, Alone(Verbs("!coach", "!mentor", "!tutor", "!school", "instruct", "upskill", "reskill"),
            Nouns("workshop", "bootcamp", "masterclass|masterclasses", "master class", "crash course", "short course",
                "refresher course", "hands-on session", "practical session", "summer school", "winter school"),
            Phrases("trained", "capacity-building", "capacity building", "professional development", "hands-on instruction", "hands-on training",
                "instruction in", "days of instruction", "hours of instruction", "weeks of instruction",
                "train-the-trainer", "train-the-trainers"))),
        (ActivityKind.TrainingHeld, With(Verbs("teach|taught|taught", "give|gave|given|giving", "run|ran|run|running", "deliver", "lead|led|led",
                "finish", "complete", "took"),
            Nouns("course", "class|classes", "lesson", "module", "tutorial", "session"), FewWords)),
        (ActivityKind.TrainingHeld, With(Verbs("prepare"), Visitors.Concat(Nouns("worker")), FewWords)),
        // "gave 120 employees of a copper mine in Kitwe a course in workplace Chinese": the learners come between.
        (ActivityKind.TrainingHeld, Before(Verbs("give|gave|given|giving", "offer"), Nouns("course in", "course on", "training in", "training on", "lessons in", "classes in"), KindCue.SameClause)),

        (ActivityKind.ConferenceHeld, Alone(Nouns("forum", "symposium|symposia|symposiums", "seminar", "summit",
            "webinar", "colloquium|colloquia|colloquiums", "convention", "round table", "roundtable",
            "panel discussion", "expo", "keynote", "lecture", "plenary|plenaries"), Phrases("addressed a panel", "addressed the panel", "spoke on a panel", "sat on a panel"))),

        // "The Academic Committee held its spring session": a body sitting is a meeting ("a training session" is named first as a training).
        (ActivityKind.MeetingHeld, Before(Verbs("hold|held|held|holding"), Nouns("session"), FewWords)),
        (ActivityKind.MeetingHeld, Alone(Verbs("sit|sat|sat|sitting down with", "sit|sat|sat|sitting with", "get|got|got|getting together"),
            Nouns("meeting", "videoconference", "video conference", "video call", "video link", "teleconference",
                "consultation", "dialogue", "conversation", "discussion", "working session", "online exchange", "virtual exchange",
                "phone call", "zoom call", "online call", "conference call", "video chat"),
            Phrases("exchanged views", "exchange of views", "caught up", "spoke by video", "spoke by phone", "spoke online",
                "discussed", "held discussions", "a talk with", "an exchange with", "an exchange by video", "exchanges by video",
                "in a call", "during a call", "on a call with"))),

        (ActivityKind.ProgrammeLaunched, Alone(Verbs("launch", "unveil", "inaugurate", "establish", "!found", "set|set|set|setting up",
            "roll|rolled|rolled|rolling out", "kick|kicked|kicked|kicking off", "debut", "switch|switched|switched|switching on"),
            Nouns("launch of", "official opening", "opening ceremony"),
            Phrases("went online", "went live", "into use", "into service", "into operation", "started operating",
                "began operating", "began operations", "opened its doors", "opened their doors", "made available to", "became available",
                "welcomed its first", "received its first", "enrolled its first", "took in its first", "admitted its first", "began enrolling", "started enrolling", "began admitting", "started admitting"))),
        (ActivityKind.ProgrammeLaunched, With(Verbs("create", "open", "start", "build|built|built|built", "initiate", "begin|began|begun|beginning offering",
            "start|started|started|starting offering", "release"), Foundations)),
    ];
}
