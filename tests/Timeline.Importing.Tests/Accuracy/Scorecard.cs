using System.Globalization;
using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

/// <summary>
/// Scores the extractor on labelled announcements, field by field, as the importer is judged: kind, exact date
/// (an unknown date matches an unknown date), foreign countries (China left out: listing it for a domestic
/// activity is a convention), institutions by canonical id, and the direction of visits. Also how well the review
/// flag separates wrong extractions from right ones.
/// </summary>
public sealed class Scorecard
{
    private const string Home = "CN";

    public Rate Kinds { get; } = new();
    public Rate Dates { get; } = new();
    public Rate Directions { get; } = new();
    public SetScore Countries { get; } = new();
    public SetScore Institutions { get; } = new();
    /// <summary>Of the wrong extractions, how many the review flag caught.</summary>
    public Rate WrongFlagged { get; } = new();
    /// <summary>Of the right extractions, how many the review flag sent to a person for nothing.</summary>
    public Rate RightFlagged { get; } = new();
    public List<string> Misses { get; } = [];
    /// <summary>Every reading the flag judged: what was wrong with it (nothing, for a right one), whether it was flagged and why.</summary>
    public List<string> Verdicts { get; } = [];

    /// <summary>Paragraphs read a second time because the first reading ran out of time.</summary>
    public int ReadAgain { get; private set; }

    public static Scorecard Of(IReadOnlyList<LabelledAnnouncement> set)
    {
        var card = new Scorecard();
        for (var i = 0; i < set.Count; i++)
        {
            var (reading, again) = Read(set[i], i);
            card.ReadAgain += again ? 1 : 0;
            card.Add(i, set[i], reading);
        }
        return card;
    }

    /// <summary>
    /// The extractor's reading of one labelled paragraph. A pattern's first match builds its automaton, which on a
    /// machine busy with other tests can outlast the time limit; such a paragraph is read once more, when the work is
    /// done, so that the figures measure what was read rather than the machine's load (the bound itself is tested
    /// apart, on hostile text).
    /// </summary>
    public static (Extraction Reading, bool ReadAgain) Read(LabelledAnnouncement item, int index)
    {
        var reading = AnnouncementExtractor.Extract(item.Text, index, item.Published);
        return reading.SkipReason == AnnouncementExtractor.OutOfTime
            ? (AnnouncementExtractor.Extract(item.Text, index, item.Published), true)
            : (reading, false);
    }

    private void Add(int i, LabelledAnnouncement expected, Extraction actual)
    {
        var before = Misses.Count;
        var kind = actual.Kind?.ToString();
        if (!Kinds.Add(kind == expected.Kind))
            Misses.Add($"#{i} kind {kind ?? "skipped"} != {expected.Kind ?? "skipped"}");
        if (expected.Kind is not null)
        {
            if (!Dates.Add(actual.IsActivity && actual.Date.ToString() == expected.Date))
                Misses.Add($"#{i} date {actual.Date} != {expected.Date}");
            if (!Countries.Add(expected.Countries.Where(c => c != Home), actual.Countries.Where(c => c != Home)))
                Misses.Add($"#{i} countries [{string.Join(',', actual.Countries)}] != [{string.Join(',', expected.Countries)}]");
            if (!Institutions.Add(expected.InstitutionIds, actual.Institutions.Select(f => f.Id)))
                Misses.Add($"#{i} institutions [{string.Join(',', actual.Institutions.Select(f => f.Id))}] != [{string.Join(',', expected.InstitutionIds)}]");
            if (expected.Direction is not null && !Directions.Add(actual.Direction?.ToString().ToLowerInvariant() == expected.Direction))
                Misses.Add($"#{i} direction {actual.Direction} != {expected.Direction}");
        }
        // Only recorded activities are flagged; a skipped paragraph is judged by its kind alone.
        var flagged = actual.IsActivity && actual.Confidence < AnnouncementExtractor.ReviewThreshold;
        var wrong = Misses.Count > before;
        if (wrong)
            WrongFlagged.Add(flagged || !actual.IsActivity && expected.Kind is not null);
        else
            RightFlagged.Add(flagged);
        Verdicts.Add(string.Create(CultureInfo.InvariantCulture,
            $"#{i} {(wrong ? "wrong" : "right")} {(flagged ? "flagged" : "passed")} {actual.Confidence:0.00} [{string.Join("; ", actual.Doubts)}] {string.Join(" | ", Misses.Skip(before))}"));
    }

    public IEnumerable<string> Lines(string part, int count) =>
    [
        ReadAgain == 0 ? $"{part}: {count} announcements" : $"{part}: {count} announcements ({ReadAgain} read again after running out of time)",
        Line(part, "kind accuracy", Kinds.Value, 0.95),
        Line(part, "exact date accuracy", Dates.Value, 0.95),
        Line(part, "foreign countries F1", Countries.F1, 0.95),
        Line(part, "institutions F1", Institutions.F1, 0.95),
        Line(part, $"direction accuracy ({Directions.Total} visits)", Directions.Value, 0.95),
        string.Create(CultureInfo.InvariantCulture, $"{part}: review flag catches {WrongFlagged.Value:0.000} of {WrongFlagged.Total} wrong extractions (goal >= 0.80), flags {RightFlagged.Value:0.000} of {RightFlagged.Total} right ones (goal <= 0.20)"),
    ];

    private static string Line(string part, string field, double value, double threshold) =>
        string.Create(CultureInfo.InvariantCulture, $"{part}: {field,-34} {value:0.000}  (threshold {threshold:0.00})");

    public sealed class Rate
    {
        private int _hits;
        public int Total { get; private set; }
        public double Value => Total == 0 ? 1 : (double)_hits / Total;

        /// <summary>How many of those counted were not hits.</summary>
        public int Misses => Total - _hits;

        public bool Add(bool hit)
        {
            Total++;
            _hits += hit ? 1 : 0;
            return hit;
        }
    }

    /// <summary>Micro-averaged F1 over sets: every expected and every found item counts once.</summary>
    public sealed class SetScore
    {
        private int _truePositives, _falsePositives, _falseNegatives;

        public double F1 => _truePositives + _falsePositives + _falseNegatives == 0 ? 1
            : 2.0 * _truePositives / (2 * _truePositives + _falsePositives + _falseNegatives);

        public bool Add(IEnumerable<string> expected, IEnumerable<string> actual)
        {
            var want = expected.ToHashSet();
            var got = actual.ToHashSet();
            _truePositives += got.Count(want.Contains);
            _falsePositives += got.Count(g => !want.Contains(g));
            _falseNegatives += want.Count(w => !got.Contains(w));
            return want.SetEquals(got);
        }
    }
}
