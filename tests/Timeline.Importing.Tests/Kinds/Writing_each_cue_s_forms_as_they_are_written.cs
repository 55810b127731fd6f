using System.Text.RegularExpressions;

namespace Timeline.Importing.Tests;

/// <summary>
/// The lexicon inflects its verbs by rule; a verb it lists in its past form ("stayed at") must stay that form, not grow
/// forms no one writes ("stayeds at", "stayeded at", "stayeding at").
/// </summary>
public sealed class Writing_each_cue_s_forms_as_they_are_written
{
    [Fact]
    public void No_cue_inflects_a_past_form_again()
    {
        var forms = KindLexicon.Cues.SelectMany(c => c.Cue.Words).ToList();

        Assert.Contains("stayed at", forms);
        Assert.DoesNotContain(forms, form => Regex.IsMatch(form, @"^[a-z]+(?<!e)ed(s|ed|ing)\b"));
    }
}
