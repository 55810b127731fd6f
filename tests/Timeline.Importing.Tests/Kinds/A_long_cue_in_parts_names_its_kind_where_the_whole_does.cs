using System.Text.RegularExpressions;

namespace Timeline.Importing.Tests;

/// <summary>
/// A cue of many words runs as several patterns (<see cref="KindCue.Parts"/>), whose code is far cheaper to make. The
/// kind is read from where each cue first matches, so the parts together must first match exactly where the whole
/// pattern does, on every text: over the development paragraphs as written, in capitals and in lower case.
/// </summary>
public sealed class A_long_cue_in_parts_names_its_kind_where_the_whole_does
{
    private static readonly string[] Development =
    [
        LabelledSet.Tuning, LabelledSet.Round3, LabelledSet.Round4, LabelledSet.Round5, LabelledSet.Round6, LabelledSet.Round7,
        LabelledSet.Round8, LabelledSet.Round9, LabelledSet.Round10, LabelledSet.Round11, LabelledSet.Round12, LabelledSet.Round13,
        LabelledSet.Round14, LabelledSet.Round15, LabelledSet.Round16,
    ];

    private static Regex Pattern(KindCue cue) => new(cue.Pattern(), Linear.Options, TimeSpan.FromMilliseconds(Linear.TimeoutMilliseconds));

    private static int FirstAt(Regex pattern, string text) => pattern.Match(text) is { Success: true } match ? match.Index : -1;

    [Fact]
    public void Over_the_development_paragraphs_the_parts_first_match_where_the_whole_does()
    {
        var cut = KindLexicon.Cues.Select(c => c.Cue).Where(c => c.Parts(16).Count() > 1).ToList();
        Assert.NotEmpty(cut);
        var texts = Development.SelectMany(LabelledSet.Load).Select(a => a.Text)
            .SelectMany(text => new[] { text, text.ToUpperInvariant(), text.ToLowerInvariant() }).ToList();
        var differ = new List<string>();
        var matched = 0;
        foreach (var cue in cut)
        {
            var whole = Pattern(cue);
            var parts = cue.Parts(16).Select(Pattern).ToList();
            foreach (var text in texts)
            {
                var expected = FirstAt(whole, text);
                var found = parts.Select(p => FirstAt(p, text)).Where(at => at >= 0).DefaultIfEmpty(-1).Min();
                matched += expected >= 0 ? 1 : 0;
                if (found != expected)
                    differ.Add($"{cue.Words[0]}: {expected} against {found} in {text}");
            }
        }
        Assert.Empty(differ);
        Assert.True(matched > 100, $"the cut cues matched only {matched} texts");
    }

    [Fact]
    public void Every_word_of_a_cut_cue_is_in_exactly_one_part()
    {
        foreach (var cue in KindLexicon.Cues.Select(c => c.Cue))
        {
            var parts = cue.Parts(16).ToList();
            Assert.All(parts, part => Assert.True(part.Words.Count <= 16 || part.Objects.Count > 0));
            Assert.Equal(cue.Words.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase),
                parts.SelectMany(p => p.Words).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase));
            Assert.Equal(parts.Sum(p => p.Words.Distinct(StringComparer.OrdinalIgnoreCase).Count()),
                cue.Words.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
    }
}
