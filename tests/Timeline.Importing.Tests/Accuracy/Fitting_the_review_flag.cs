using System.Globalization;
using Xunit.Abstractions;

namespace Timeline.Importing.Tests;

/// <summary>
/// The review flag's weights are fitted on the development parts' readings (tools/review-flag): this prints each
/// recorded reading with its doubts (and the candidate signals beside them, which weigh nothing in the importer), the
/// data the fit reads, and checks that the doubt score ranks wrong readings above right ones. The calibration and sealed parts stay out: they judge the flag, never fit it.
/// </summary>
public sealed class Fitting_the_review_flag(ITestOutputHelper output)
{
    [Fact]
    public void On_the_development_parts_the_doubt_score_ranks_wrong_readings_above_right_ones()
    {
        var scored = new List<(bool Wrong, double Score)>();
        foreach (var part in (string[])[LabelledSet.Tuning, LabelledSet.Round3, LabelledSet.Round4, LabelledSet.Round5, LabelledSet.Round6, LabelledSet.Round7, LabelledSet.Round8, LabelledSet.Round9, LabelledSet.Round10, LabelledSet.Round11, LabelledSet.Round12, LabelledSet.Round13])
        {
            var set = LabelledSet.Load(part);
            var card = Scorecard.Of(set);
            for (var i = 0; i < set.Count; i++)
            {
                var reading = Scorecard.Read(set[i], i).Reading;
                var wrong = card.Verdicts[i].StartsWith($"#{i} wrong", StringComparison.Ordinal);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"rules: {part}\t{i}\t{(wrong ? 1 : 0)}\t{reading.Confidence:0.00}\t{reading.Kind?.ToString() ?? "skipped"}\t{reading.Direction?.ToString().ToLowerInvariant()}\t{reading.SkipReason ?? string.Join("; ", reading.Doubts)}"));
                if (!reading.IsActivity)
                    continue;
                var score = AnnouncementExtractor.Certain - reading.Confidence;
                scored.Add((wrong, score));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"readings: {part}\t{(wrong ? 1 : 0)}\t{string.Join("; ", reading.Doubts.Concat(CandidateSignals.Of(set[i], reading)))}"));
            }
        }

        // The chance that a wrong reading scores above a right one (ties count half): 0.5 would be a flag that knows nothing.
        var wrongScores = scored.Where(s => s.Wrong).Select(s => s.Score).ToList();
        var rightScores = scored.Where(s => !s.Wrong).Select(s => s.Score).ToList();
        var above = wrongScores.Sum(w => rightScores.Sum(r => w > r ? 1.0 : w == r ? 0.5 : 0.0));
        var ranking = above / (wrongScores.Count * (double)rightScores.Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"development parts: a wrong reading scores above a right one {ranking:0.000} of the time ({wrongScores.Count} wrong, {rightScores.Count} right)"));
        Assert.True(ranking >= 0.75, $"the doubt score ranks a wrong reading above a right one only {ranking:P1} of the time");
    }
}
