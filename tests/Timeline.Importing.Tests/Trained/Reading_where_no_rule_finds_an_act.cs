using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

/// <summary>
/// Where no rule finds an act, the trained model reads the kind (and a visit's direction), and says so among the doubts;
/// a paragraph that tells of nothing done stays skipped. The models are checked against the paragraphs they were
/// trained on, which also shows that the words are masked here as the training script masks them.
/// </summary>
public sealed class Reading_where_no_rule_finds_an_act
{
    [Theory]
    [InlineData("A party of lecturers from the University of Ghana came calling at the OUC on 5 May 2021.", ActivityKind.DelegationVisited, VisitDirection.Inbound)]
    [InlineData("An OUC team was abroad in Peru from 3 to 8 May 2021 at the invitation of a university there.", ActivityKind.DelegationVisited, VisitDirection.Outbound)]
    [InlineData("On 3 May 2021, OUC staff airlifted 5,000 books to a school in Laos.", ActivityKind.DonationMade, null)]
    public void The_model_reads_an_act_no_rule_names(string text, ActivityKind kind, VisitDirection? direction)
    {
        var reading = AnnouncementExtractor.Extract(text, 0, null);

        Assert.Equal(kind, reading.Kind);
        Assert.Equal(direction, reading.Direction);
        Assert.Contains(Doubts.TrainedKind.ToString(), reading.Doubts);
    }

    [Theory]
    [InlineData("The OUC runs 45 provincial branches and serves learners in every county of the country.")]
    [InlineData("Lifelong learning, in the OUC's view, is a right of every citizen.")]
    public void A_paragraph_that_tells_of_nothing_done_stays_skipped(string text) =>
        Assert.Null(AnnouncementExtractor.Extract(text, 0, null).Kind);

    [Theory]
    [InlineData("The Open University of China's team met the University of Dar es Salaam on Monday, 3 May 2021.",
        "the ouc s team met the NAME on WEEKDAY NUM MONTH NUM")]
    [InlineData("Kenya’s Ministry of Education and the OUC may sign in May.", "kenya NAME and the ouc may sign in MONTH")]
    public void Names_numbers_and_dates_are_masked_as_the_training_script_masks_them(string text, string masked) =>
        Assert.Equal(masked, string.Join(' ', MaskedWords.Of(text)));

    [Fact]
    public void The_models_read_the_development_parts_they_were_trained_on_as_labelled()
    {
        var kinds = LinearModel.Load("kinds.tsv");
        var directions = LinearModel.Load("directions.tsv");
        var set = ((string[])[LabelledSet.Tuning, LabelledSet.Round3, LabelledSet.Round4, LabelledSet.Round5]).SelectMany(LabelledSet.Load).ToList();

        var kindsRight = set.Count(a => kinds.Best(MaskedWords.KindFeatures(MaskedWords.Of(a.Text))).Class == (a.Kind ?? "skipped"));
        var visits = set.Where(a => a.Direction is not null).ToList();
        var directionsRight = visits.Count(a => directions.Best(MaskedWords.DirectionFeatures(MaskedWords.Of(a.Text))).Class == a.Direction);

        Assert.True(kindsRight >= 0.99 * set.Count, $"{kindsRight} of {set.Count} kinds");
        Assert.True(directionsRight >= 0.99 * visits.Count, $"{directionsRight} of {visits.Count} directions");
    }
}
