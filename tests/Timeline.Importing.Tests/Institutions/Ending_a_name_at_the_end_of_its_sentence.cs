namespace Timeline.Importing.Tests;

public sealed class Ending_a_name_at_the_end_of_its_sentence
{
    [Theory]
    [InlineData("The OUC president met the rector of the University of Lima. Zhang Lei, dean of its school, joined them on 3 May 2021.",
        "ouc", "university-of-lima")]
    [InlineData("Guests came from the University of Lima. The Open University of China (OUC) hosted them on 3 May 2021.",
        "university-of-lima", "ouc")]
    [InlineData("On 3 May 2021 the OUC hosted teachers of the Kenya Education Board. Mahidol University sent two more.",
        "ouc", "kenya-education-board", "mahidol-university")]
    [InlineData("Teachers trained at the Open University of Sri Lanka. Lima Education Board staff followed on 3 May 2021.",
        "open-university-of-sri-lanka", "lima-education-board")]
    [InlineData("On 3 May 2021 the OUC met staff of the University of Ghana and UNESCO. Zhang Lei, its envoy, spoke.",
        "ouc", "university-of-ghana", "unesco")]
    public void A_full_stop_ends_a_name_and_the_next_sentence_starts_anew(string text, params string[] ids) =>
        Assert.Equal(ids, InstitutionFinder.Find(text).Select(i => i.Id));

    [Theory]
    [InlineData("A delegation of St. Mary's University visited the OUC on 3 May 2021.", "st-marys-university")]
    [InlineData("The OUC signed an agreement with J. F. Kennedy University on 3 May 2021.", "j-f-kennedy-university")]
    [InlineData("The OUC met staff of the U.S. Agency for International Development on 3 May 2021.", "us-agency-for-international-development")]
    [InlineData("Staff of Mt. Kenya University visited the OUC on 3 May 2021.", "mt-kenya-university")]
    public void An_abbreviation_or_an_initial_inside_a_name_does_not_end_it(string text, string id) =>
        Assert.Contains(id, InstitutionFinder.Find(text).Select(i => i.Id));
}
