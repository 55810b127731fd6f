namespace Timeline.Importing.Tests;

public sealed class Leaving_out_titles_and_names_set_aside
{
    [Theory]
    [InlineData("On 3 May 2021, a delegation of the University of Lima, led by its vice-rector Prof. Dr. Ana Ruiz, visited the OUC.")]
    [InlineData("On 3 May 2021, OUC vice president Li Song met the Ambassador of Peru to China, H.E. Carlos Vega, at the OUC.")]
    [InlineData("On 3 May 2021, Prof. Ana Ruiz, pro-rector of the University of Lima, came to Beijing for talks at the OUC.")]
    [InlineData("OUC teachers Zhang Min and Liu Yang taught at the University of Lima from 3 to 28 May 2021.")]
    [InlineData("OUC teachers visited the Confucius Institute at the University of Lima on 3 May 2021.")]
    [InlineData("Teachers from Hong Kong Metropolitan University (HKMU), known until 2021 as the Open University of Hong Kong, came to the OUC on 3 May 2021.")]
    [InlineData("On 3 May 2021 the OUC held a seminar with scholars from the Open University of the UK.")]
    public void A_person_s_title_or_a_name_the_finder_set_aside_is_no_unexplained_name(string text)
    {
        var doubts = AnnouncementExtractor.Extract(text, 0, null).Doubts;

        Assert.False(doubts.Any(doubt => doubt.Contains("no institution found accounts for", StringComparison.Ordinal)), string.Join("; ", doubts));
    }
}
