using System.Text.RegularExpressions;

namespace Timeline.Importing.Tests;

/// <summary>
/// The lexicon's patterns run only on texts that hold the words they need (<see cref="CueWords"/>). Passing one over
/// must never lose a match: over every labelled paragraph, as written, in capitals and in lower case, each cue the
/// check passes over is one whose pattern matches nothing there.
/// </summary>
public sealed class A_cue_is_passed_over_only_where_its_pattern_finds_nothing
{
    private static readonly KindCue[] Cues = [.. KindRules.LexiconCues.Select(c => c.Cue)];

    private static readonly Regex[] Patterns =
        [.. Cues.Select(c => new Regex(c.Pattern(), Linear.Options, TimeSpan.FromMilliseconds(Linear.TimeoutMilliseconds)))];

    private static readonly string[] Parts =
    [
        LabelledSet.Tuning, LabelledSet.Calibration, LabelledSet.Round3, LabelledSet.Round4, LabelledSet.Round5,
        LabelledSet.Round6, LabelledSet.Round7, LabelledSet.Round8, LabelledSet.Round9,
    ];

    [Fact]
    public void Over_the_labelled_paragraphs_no_cue_passed_over_would_have_matched()
    {
        var words = new CueWords(Cues);
        var texts = Parts.SelectMany(LabelledSet.Load).Select(a => a.Text)
            .SelectMany(text => new[] { text, text.ToUpperInvariant(), text.ToLowerInvariant() }).ToList();
        var passedOver = 0;
        var lost = new List<string>();
        foreach (var text in texts)
        {
            var possible = words.Of(text);
            for (var i = 0; i < Cues.Length; i++)
            {
                if (CueWords.May(possible, i))
                    continue;
                passedOver++;
                if (Patterns[i].IsMatch(text))
                    lost.Add($"cue {i}: {text}");
            }
        }
        Assert.Empty(lost);
        // The check is worth its place only if it passes most patterns over.
        Assert.True(passedOver > texts.Count * Cues.Length / 2, $"{passedOver} of {texts.Count * Cues.Length} passed over");
    }

    [Theory]
    // The patterns ignore case as Unicode does, where the Kelvin sign is a "k": "wor\u212Ashop" is a workshop to them.
    [InlineData("OUC tutors ran a wor\u212Ashop for teachers.")]
    // A phrase's words may be parted by a hyphen or by several spaces.
    [InlineData("The two universities put-pen-to-paper on a new plan.")]
    [InlineData("A SIGNING   CEREMONY took place in Nairobi.")]
    // A form that starts with an apostrophe: "the rector's guests".
    [InlineData("They were the rector’s guests for two days.")]
    public void A_pattern_that_matches_is_always_run(string text)
    {
        var possible = new CueWords(Cues).Of(text);
        var matching = Enumerable.Range(0, Cues.Length).Where(i => Patterns[i].IsMatch(text)).ToList();

        Assert.NotEmpty(matching);
        Assert.All(matching, i => Assert.True(CueWords.May(possible, i), $"cue {i} passed over"));
    }
}
