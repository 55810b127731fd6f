using System.Globalization;
using Timeline.Importing;
using Xunit.Abstractions;

namespace Timeline.Importing.Tests;

/// <summary>
/// The extractor against announcements labelled by hand, written in the newsroom's register. It prints its
/// figures on every run and fails below the thresholds the importer promises.
/// </summary>
public sealed class Extraction_accuracy_on_the_development_set(ITestOutputHelper output)
{
    [Fact]
    public void Kind_date_countries_institutions_and_direction_meet_their_thresholds()
    {
        var set = DevelopmentSet.Load();
        var kinds = new Score();
        var dates = new Score();
        var directions = new Score();
        var countries = new SetScore();
        var institutions = new SetScore();
        var misses = new List<string>();
        for (var i = 0; i < set.Count; i++)
        {
            var expected = set[i];
            var actual = AnnouncementExtractor.Extract(expected.Text, i, expected.Published);
            var kind = actual.Kind?.ToString();
            if (!kinds.Add(kind == expected.Kind))
                misses.Add($"#{i} kind {kind ?? "skipped"} != {expected.Kind ?? "skipped"}");
            if (expected.Kind is null)
                continue;
            if (!dates.Add(actual.IsActivity && actual.Date.ToString() == expected.Date))
                misses.Add($"#{i} date {actual.Date} != {expected.Date}");
            if (!countries.Add(expected.Countries, actual.Countries))
                misses.Add($"#{i} countries [{string.Join(',', actual.Countries)}] != [{string.Join(',', expected.Countries)}]");
            if (!institutions.Add(expected.InstitutionIds, actual.Institutions.Select(f => f.Id)))
                misses.Add($"#{i} institutions [{string.Join(',', actual.Institutions.Select(f => f.Id))}] != [{string.Join(',', expected.InstitutionIds)}]");
            if (expected.Direction is not null && !directions.Add(actual.Direction?.ToString().ToLowerInvariant() == expected.Direction))
                misses.Add($"#{i} direction {actual.Direction} != {expected.Direction}");
        }

        Report($"development set: {set.Count} announcements ({set.Count(a => a.Kind is null)} without an activity)");
        Report($"kind accuracy        {kinds.Rate:P1}  (threshold 95 %)");
        Report($"exact date accuracy  {dates.Rate:P1}  (threshold 95 %)");
        Report($"countries F1         {countries.F1:0.000}  (threshold 0.95)");
        Report($"institutions F1      {institutions.F1:0.000}  (threshold 0.90)");
        Report($"direction accuracy   {directions.Rate:P1}  (of {directions.Total} visits)");
        foreach (var miss in misses)
            Report($"  miss {miss}");

        Assert.True(kinds.Rate >= 0.95, $"kind accuracy {kinds.Rate:P1}");
        Assert.True(dates.Rate >= 0.95, $"date accuracy {dates.Rate:P1}");
        Assert.True(countries.F1 >= 0.95, $"countries F1 {countries.F1:0.000}");
        Assert.True(institutions.F1 >= 0.90, $"institutions F1 {institutions.F1:0.000}");
        Assert.True(directions.Rate >= 0.90, $"direction accuracy {directions.Rate:P1}");
    }

    private void Report(string line)
    {
        output.WriteLine(line);
        // CI keeps the console, so the figures show in its log too.
        Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
    }

    private sealed class Score
    {
        private int _right;
        public int Total { get; private set; }
        public double Rate => Total == 0 ? 1 : (double)_right / Total;

        public bool Add(bool right)
        {
            Total++;
            _right += right ? 1 : 0;
            return right;
        }
    }

    /// <summary>Micro-averaged F1 over sets: every expected and every found item counts once.</summary>
    private sealed class SetScore
    {
        private int _truePositives, _falsePositives, _falseNegatives;

        public double F1 => _truePositives == 0 ? 0 : 2.0 * _truePositives / (2 * _truePositives + _falsePositives + _falseNegatives);

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
