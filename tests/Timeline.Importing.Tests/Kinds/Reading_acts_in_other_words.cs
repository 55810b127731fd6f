using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

public sealed class Reading_acts_in_other_words
{
    [Theory]
    [InlineData("coach", "coached")]
    [InlineData("coach", "coaching")]
    [InlineData("coach", "coaches")]
    [InlineData("donate", "donating")]
    [InlineData("donate", "donated")]
    [InlineData("set|set|set|setting up", "setting up")]
    [InlineData("give|gave|given", "given")]
    public void A_verb_listed_once_stands_for_its_inflections(string lemma, string form) =>
        Assert.Contains(form, Inflections.Verbs(lemma));

    [Fact]
    public void A_verb_that_is_also_a_noun_keeps_only_the_forms_that_are_verbs() =>
        Assert.Equal(["mentored", "mentoring"], Inflections.Verbs("!mentor"));

    [Theory]
    [InlineData("symposium|symposia", "symposia")]
    [InlineData("signing ceremony", "signing ceremonies")]
    [InlineData("webinar", "webinars")]
    public void A_noun_listed_once_stands_for_its_plural(string noun, string plural) =>
        Assert.Contains(plural, Inflections.Nouns(noun));

    [Theory]
    [InlineData("OUC tutors coached 40 teachers of a rural county in building online courses on 3 May 2021.", ActivityKind.TrainingHeld)]
    [InlineData("Scholarships funded by the university were awarded to 30 learners on 3 May 2021.", ActivityKind.DonationMade)]
    [InlineData("The two universities put pen to paper on a partnership on 3 May 2021.", ActivityKind.AgreementSigned)]
    [InlineData("The OUC hosted a seminar for 50 teachers from Laos on 3 May 2021.", ActivityKind.ConferenceHeld)]
    [InlineData("The OUC played host to the rector of a university in Chile on 3 May 2021.", ActivityKind.DelegationVisited)]
    [InlineData("A school of design was opened by the OUC on 3 May 2021.", ActivityKind.ProgrammeLaunched)]
    [InlineData("A letter of intent on adult learning was exchanged by the two universities on 3 May 2021.", ActivityKind.AgreementSigned)]
    [InlineData("The two rectors set their signatures to a framework agreement on 3 May 2021.", ActivityKind.AgreementSigned)]
    [InlineData("In a Zoom call on 3 May 2021, the OUC and a university in Peru exchanged views on exams.", ActivityKind.MeetingHeld)]
    [InlineData("The OUC and a ministry of Peru discussed the recognition of degrees on 3 May 2021.", ActivityKind.MeetingHeld)]
    [InlineData("On 3 May 2021 the OUC's staff union sent winter clothing to pupils in Gansu.", ActivityKind.DonationMade)]
    [InlineData("The OUC marked the 40th anniversary of its founding with a ceremony on 3 May 2021.", ActivityKind.ActivityReported)]
    [InlineData("A train-the-trainers programme for lecturers from Laos was run by the OUC on 3 May 2021.", ActivityKind.TrainingHeld)]
    [InlineData("A delegation of the OUC attended a conference on open learning in Oslo on 3 May 2021.", ActivityKind.ConferenceHeld)]
    [InlineData("On 3 May 2021 the OUC was named by UNESCO a partner of its network of learning cities.", ActivityKind.ActivityReported)]
    [InlineData("Staff of the OUC paid a call on a university in Lima on 3 May 2021.", ActivityKind.DelegationVisited)]
    [InlineData("The OUC welcomed Professor Ana Ruiz, vice-chancellor of a university in Chile, on 3 May 2021.", ActivityKind.DelegationVisited)]
    public void Acts_in_words_the_rules_never_list_verbatim_are_read(string text, ActivityKind kind) =>
        Assert.Equal(kind, AnnouncementExtractor.Extract(text, 0, null).Kind);

    [Theory]
    [InlineData("The OUC and a university in Kenya plan to sign a cooperation agreement later this year.")]
    [InlineData("A visit by the OUC to Kenya, set for March 2020, was postponed.")]
    [InlineData("The training course for officials will be held in Beijing in the summer of 2025.")]
    [InlineData("Founded in 1992, the university is the only open university of its country.")]
    [InlineData("The delegation's members included deans of three faculties.")]
    public void A_plan_a_postponement_or_a_profile_records_nothing(string text) =>
        Assert.False(AnnouncementExtractor.Extract(text, 0, null).IsActivity);

    [Fact]
    public void An_act_done_beside_a_plan_is_still_an_activity() =>
        Assert.Equal(ActivityKind.AgreementSigned,
            AnnouncementExtractor.Extract("The OUC signed an agreement with a college in Ghana on 3 May 2021, under which it will train 200 tutors.", 0, null).Kind);
}
