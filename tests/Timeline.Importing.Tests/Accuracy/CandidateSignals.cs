using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

/// <summary>
/// Doubts weighed for the review flag but not part of it: printed beside a reading's doubts in the readings the flag's
/// tools read (tools/review-flag), each with no weight in the importer, so that a held-out check can say whether any
/// would catch more wrong readings than it flags right ones. Each is a property of how the reading was made.
/// </summary>
public static class CandidateSignals
{
    private const string Prefix = "candidate: ";

    /// <summary>Below this probability the model's reading is a narrow one.</summary>
    private const double NarrowProbability = 0.75;

    private static readonly Lazy<LinearModel> Kinds = new(() => LinearModel.Load("kinds.tsv"));

    public static IEnumerable<string> Of(LabelledAnnouncement item, Extraction reading)
    {
        var trained = reading.Doubts.Any(d => d.Contains("the trained model's reading", StringComparison.Ordinal));
        // The model's margin where it decided: how sure it was of the kind it gave.
        if (trained && Kinds.Value.Best(MaskedWords.KindFeatures(MaskedWords.Of(item.Text))).Probability < NarrowProbability)
            yield return $"kind: {Prefix}the trained model read the kind with a probability below {NarrowProbability}";
        // A date found far from the act: the paragraph's first sentence, where its act is told, dates nothing, or dates otherwise.
        var first = FirstSentence(item.Text);
        if (first.Length < item.Text.Length && reading.Date.Earliest is not null
            && DatePhrases.Find(first, item.Published, out _, reading.Kind).ToString() != reading.Date.ToString())
            yield return $"date: {Prefix}the date read is not the first sentence's";
        // An institution in no table: neither known by name nor a university of the table, and placed nowhere.
        if (reading.Institutions.Any(i => KnownInstitutions.Find(i.Name) is null && Universities.CountryOf(i.Name) is null && i.Country is null))
            yield return $"institutions: {Prefix}an institution in no table and placed nowhere";
        // A visit whose direction no cue gave: read by the model with the kind.
        if (trained && reading.Kind == ActivityKind.DelegationVisited)
            yield return $"direction: {Prefix}the visit's direction is the trained model's";
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }
}
