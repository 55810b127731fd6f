namespace Timeline.Importing.Tests;

public sealed class Doubting_how_a_reading_was_made
{
    [Theory]
    [InlineData("On 3 May 2021 the OUC signed an agreement with Makumira University of Arusha.", "a name that may hold where it is")]
    [InlineData("Delegates of the OUC and a college in Peru met on 3 May 2021 to settle the text, which their heads then signed.", "a word of signing, giving or winning that decided nothing")]
    [InlineData("On 3 May 2021 the OUC met officials of the Instituto Nacional pela Educação (INPE) of Peru.", "a name that does not start as its acronym does")]
    public void A_reading_the_rules_may_have_made_wrongly_names_its_doubt(string text, string signal) =>
        Assert.Contains(AnnouncementExtractor.Extract(text, 0, null).Doubts, doubt => doubt.Contains(signal, StringComparison.Ordinal));

    [Theory]
    [InlineData("On 3 May 2021 the OUC signed an agreement with the National Open University of Nigeria.")]
    [InlineData("On 3 May 2021 the OUC signed an agreement with the Royal University of Phnom Penh.")]
    public void A_name_whose_words_before_its_head_are_plain_keeps_its_place_without_doubt(string text) =>
        Assert.DoesNotContain(AnnouncementExtractor.Extract(text, 0, null).Doubts, doubt => doubt.Contains("hold where it is", StringComparison.Ordinal));

    [Fact]
    public void A_reading_with_no_date_at_all_goes_to_review_on_that_alone()
    {
        var reading = AnnouncementExtractor.Extract("The OUC signed a cooperation agreement with the University of Chile.", 0, null);

        Assert.Equal(["date: no date found"], reading.Doubts);
        Assert.True(reading.Confidence < AnnouncementExtractor.ReviewThreshold, $"confidence {reading.Confidence}");
    }

    [Theory]
    [InlineData("On 3 May 2021 the OUC signed a cooperation agreement with Bulamanda University.")]
    [InlineData("On 3 May 2021 the OUC signed a cooperation agreement with the Universidad Tecnológica Arbolada.")]
    public void A_university_no_place_places_goes_to_review_on_that_alone(string text)
    {
        var reading = AnnouncementExtractor.Extract(text, 0, null);

        Assert.Contains(reading.Doubts, doubt => doubt.Contains("a university no place in the text or its name places", StringComparison.Ordinal));
        Assert.True(reading.Confidence < AnnouncementExtractor.ReviewThreshold, $"confidence {reading.Confidence}: {string.Join("; ", reading.Doubts)}");
    }

    [Theory]
    [InlineData("On 3 May 2021 the OUC signed a cooperation agreement with Hubei Open University.")]
    [InlineData("On 3 May 2021 the OUC signed a cooperation agreement with the Commonwealth of Learning.")]
    [InlineData("On 3 May 2021 the OUC signed a cooperation agreement with Bulamanda University of Kampala.")]
    public void A_partner_placed_by_its_name_or_of_no_university_is_no_unplaced_university(string text) =>
        Assert.DoesNotContain(AnnouncementExtractor.Extract(text, 0, null).Doubts,
            doubt => doubt.Contains("a university no place", StringComparison.Ordinal));
}
