using Timeline.Domain.Records;

namespace Timeline.Importing;

/// <summary>
/// Where no rule finds an act in a paragraph, a logistic regression trained on the labelled set's development parts
/// reads its kind, and for a visit its direction (tools/kind-model; docs/import.md, "A trained model beside the rules").
/// The rules decide everywhere else: on paragraphs they were not written for, the model read more skipped activities
/// right than the rules did, and where the rules found an act it did not do better than they did.
/// </summary>
public static class TrainedReadings
{
    /// <summary>Below this probability the model's kind is not taken and the paragraph stays skipped.</summary>
    public const double KindProbability = 0.6;

    private const string Skipped = "skipped";

    private static readonly Lazy<LinearModel> Kinds = new(() => LinearModel.Load("kinds.tsv"));
    private static readonly Lazy<LinearModel> Directions = new(() => LinearModel.Load("directions.tsv"));

    /// <summary>The kind the model reads with at least <see cref="KindProbability"/>, if it reads an activity.</summary>
    public static ActivityKind? Kind(string text)
    {
        var (kind, probability) = Kinds.Value.Best(MaskedWords.KindFeatures(MaskedWords.Of(text)));
        return kind != Skipped && probability >= KindProbability && ActivityKinds.TryParse(kind, out var read) ? read : null;
    }

    public static VisitDirection Direction(string text) =>
        Directions.Value.Best(MaskedWords.DirectionFeatures(MaskedWords.Of(text))).Class == "inbound" ? VisitDirection.Inbound : VisitDirection.Outbound;
}
