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
    [InlineData("The OUC and a college in Fiji formalised their ties with a memorandum on 3 May 2021.", ActivityKind.AgreementSigned)]
    [InlineData("Ten principals from Laos were shown the OUC's studios on 3 May 2021.", ActivityKind.DelegationVisited)]
    [InlineData("The OUC was host on 3 May 2021 to the rector of a university in Chile.", ActivityKind.DelegationVisited)]
    [InlineData("Hosted by the University of Lima, an OUC group of six studied its courses on 3 May 2021.", ActivityKind.DelegationVisited)]
    [InlineData("On 3 May 2021 the OUC opened its doors to 30 lecturers from the University of Lima.", ActivityKind.DelegationVisited)]
    [InlineData("Forty librarians from Gansu were schooled by OUC staff in digital archives on 3 May 2021.", ActivityKind.TrainingHeld)]
    [InlineData("The OUC's winter school for tutors from Peru ran from 3 to 14 January 2021.", ActivityKind.TrainingHeld)]
    [InlineData("The OUC's president had a talk with the rector of a university in Chile on 3 May 2021.", ActivityKind.MeetingHeld)]
    [InlineData("On 3 May 2021, the OUC and a college in Fiji had an exchange by video on exams.", ActivityKind.MeetingHeld)]
    [InlineData("OUC staff raised 50,000 yuan for learners in Gansu on 3 May 2021.", ActivityKind.DonationMade)]
    [InlineData("After the forum on 3 May 2021, the OUC handed 100 laptops to a college in Fiji.", ActivityKind.DonationMade)]
    [InlineData("In May 2021 the OUC began offering a degree programme in nursing.", ActivityKind.ProgrammeLaunched)]
    [InlineData("A course app for farmers was made available to them by the OUC on 3 May 2021.", ActivityKind.ProgrammeLaunched)]
    [InlineData("In May 2021 the OUC's course on nursing was selected by the ministry as a model.", ActivityKind.ActivityReported)]
    [InlineData("The OUC convened a round-table discussion on rural schools on 3 May 2021.", ActivityKind.ConferenceHeld)]
    [InlineData("A university in Peru played host on 3 May 2021 to six OUC lecturers.", ActivityKind.DelegationVisited)]
    [InlineData("Lecturers of a university in Peru were the OUC's guests on 3 May 2021.", ActivityKind.DelegationVisited)]
    [InlineData("On 3 May 2021 a college in Fiji dispatched a group of five to the OUC.", ActivityKind.DelegationVisited)]
    [InlineData("A university in Chile sent its vice-rector to the OUC on 3 May 2021.", ActivityKind.DelegationVisited)]
    [InlineData("Teachers from Laos were taken around the OUC's library on 3 May 2021.", ActivityKind.DelegationVisited)]
    [InlineData("Forty tablets from the OUC reached a school in Gansu on 3 May 2021, a gift for its pupils.", ActivityKind.DonationMade)]
    [InlineData("Winter coats were shipped by OUC staff to pupils in Gansu on 3 May 2021.", ActivityKind.DonationMade)]
    [InlineData("A reading classroom paid for by the OUC was opened at a school in Gansu on 3 May 2021.", ActivityKind.DonationMade)]
    [InlineData("The OUC gave three weeks of instruction in nursing to 30 health workers from Laos in May 2021.", ActivityKind.TrainingHeld)]
    [InlineData("Tutors from Peru learned to grade online exams in sessions led by OUC staff on 3 May 2021.", ActivityKind.TrainingHeld)]
    [InlineData("Eighty nurses from Gansu finished an OUC course in elderly care on 3 May 2021.", ActivityKind.TrainingHeld)]
    [InlineData("The OUC and a college in Fiji put their names to a cooperation framework on 3 May 2021.", ActivityKind.AgreementSigned)]
    [InlineData("The OUC's new centre in Lima welcomed its first learners on 3 May 2021.", ActivityKind.ProgrammeLaunched)]
    [InlineData("On 3 May 2021 the OUC switched on a course app for farmers.", ActivityKind.ProgrammeLaunched)]
    [InlineData("The OUC's course in Spanish became available to learners in Peru on 3 May 2021.", ActivityKind.ProgrammeLaunched)]
    [InlineData("Two OUC learners reached the final of a video challenge in Lima on 3 May 2021.", ActivityKind.CompetitionHeld)]
    [InlineData("An honorary degree was conferred on the OUC's president by a university in Peru on 3 May 2021.", ActivityKind.ActivityReported)]
    [InlineData("The OUC and a ministry of Peru conferred on 3 May 2021 about teacher exams.", ActivityKind.MeetingHeld)]
    public void Acts_in_words_the_rules_never_list_verbatim_are_read(string text, ActivityKind kind) =>
        Assert.Equal(kind, AnnouncementExtractor.Extract(text, 0, null).Kind);

    [Theory]
    [InlineData("The OUC and a university in Kenya plan to sign a cooperation agreement later this year.")]
    [InlineData("A visit by the OUC to Kenya, set for March 2020, was postponed.")]
    [InlineData("The training course for officials will be held in Beijing in the summer of 2025.")]
    [InlineData("Founded in 1992, the university is the only open university of its country.")]
    [InlineData("The delegation's members included deans of three faculties.")]
    [InlineData("Since its founding in 1979, the OUC has seen millions of learners graduate.")]
    [InlineData("The delegation comprised a dean, a professor and two tutors.")]
    [InlineData("Established in 1985 as a radio college, the university took its present name in 2010.")]
    [InlineData("The University of Lima, founded in 1990, has some 20,000 students.")]
    public void A_plan_a_postponement_or_a_profile_records_nothing(string text) =>
        Assert.False(AnnouncementExtractor.Extract(text, 0, null).IsActivity);

    [Fact]
    public void An_act_done_beside_a_plan_is_still_an_activity() =>
        Assert.Equal(ActivityKind.AgreementSigned,
            AnnouncementExtractor.Extract("The OUC signed an agreement with a college in Ghana on 3 May 2021, under which it will train 200 tutors.", 0, null).Kind);
}
