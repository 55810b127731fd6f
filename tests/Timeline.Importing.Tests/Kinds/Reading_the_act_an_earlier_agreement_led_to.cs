using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

/// <summary>
/// An agreement the paragraph's act carries out was signed before it; a hosted event opening a sentence is the event; a
/// course told by its length is a training; a field survey is a journey; abbreviations and titles are no stray names.
/// </summary>
public sealed class Reading_the_act_an_earlier_agreement_led_to
{
    [Theory]
    [InlineData("To put into practice the memorandum signed in 2019, six lecturers of the University of Lima came to the OUC on 3 May 2021.", ActivityKind.DelegationVisited)]
    [InlineData("In line with the agreement the two universities concluded in 2018, the OUC ran a workshop for 30 tutors from Peru on 3 May 2021.", ActivityKind.TrainingHeld)]
    [InlineData("Implementing their MoU, the OUC and the University of Lima held a joint seminar on online tutoring on 3 May 2021.", ActivityKind.ConferenceHeld)]
    public void An_agreement_the_act_carries_out_is_background(string text, ActivityKind kind) =>
        Assert.Equal(kind, AnnouncementExtractor.Extract(text, 0, null).Kind);

    [Theory]
    [InlineData("Under the agreement, signed in Lima on 3 May 2021, the OUC will train 40 teachers a year.")]
    [InlineData("As part of the partnership agreement, the two sides signed a memorandum on joint courses on 3 May 2021.")]
    public void A_signing_with_no_other_act_told_stays_the_act(string text) =>
        Assert.Equal(ActivityKind.AgreementSigned, AnnouncementExtractor.Extract(text, 0, null).Kind);

    [Fact]
    public void A_signing_set_aside_leaves_a_lesser_doubt()
    {
        var reading = AnnouncementExtractor.Extract(
            "To put into practice the memorandum signed in 2019, six lecturers of the University of Lima came to the OUC on 3 May 2021.", 0, null);

        Assert.DoesNotContain(reading.Doubts, d => d.Contains("decided nothing", StringComparison.Ordinal));
        Assert.Contains(reading.Doubts, d => d.Contains("signing set aside", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Hosted by the OUC, the annual forum of Asian open universities opened in Beijing on 3 May 2021.", ActivityKind.ConferenceHeld)]
    [InlineData("Hosted by the OUC, a delegation of the University of Lima toured its studios on 3 May 2021.", ActivityKind.DelegationVisited)]
    [InlineData("Hosted by the University of Lima, an OUC team of four studied its courses on 3 May 2021.", ActivityKind.DelegationVisited)]
    [InlineData("Twelve librarians from Laos started a three-week course at the OUC on 3 May 2021.", ActivityKind.TrainingHeld)]
    [InlineData("A group of tutors from Peru, taking part in a month-long course in Beijing, spent 3 May 2021 at the OUC.", ActivityKind.DelegationVisited)]
    [InlineData("OUC researchers carried out field surveys of village learning centres in Nepal from 3 to 9 May 2021.", ActivityKind.DelegationVisited)]
    public void What_was_hosted_taught_or_surveyed_is_the_act(string text, ActivityKind kind) =>
        Assert.Equal(kind, AnnouncementExtractor.Extract(text, 0, null).Kind);

    [Fact]
    public void A_guest_welcomed_in_the_home_city_by_the_home_university_s_officer_came_in() =>
        Assert.Equal(VisitDirection.Inbound, AnnouncementExtractor.Extract(
            "Dr Ana Ruiz, rector of the University of Lima, was welcomed in Beijing by OUC vice president Li Song on 3 May 2021.", 0, null).Direction);

    [Theory]
    [InlineData("The OUC and the University of Lima signed an agreement on 3 Sept. 2021.")]
    [InlineData("The OUC opened a learning centre at the University of Lima on Dec 3rd, 2021.")]
    [InlineData("The OUC ran an online course in English for the University of Lima on 3 May 2021.")]
    public void Month_abbreviations_and_languages_are_no_stray_capitalised_words(string text) =>
        Assert.DoesNotContain(AnnouncementExtractor.Extract(text, 0, null).Doubts,
            d => d.Contains("capitalised word no rule accounts for", StringComparison.Ordinal));
}
