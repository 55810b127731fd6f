using Timeline.Domain.Dates;
using Timeline.Domain.Records;

namespace Timeline.Importing;

/// <summary>
/// How a reading was made, as far as doubting it needs: what each rule found and whether it decided alone, by a default
/// or over a rival. The review flag judges this trace, never the paragraph's particular words.
/// </summary>
public sealed record Reading(
    string Text,
    ActivityKind Kind,
    int KindClues,
    bool KindRivalled,
    HistoricalDate Date,
    bool DateStated,
    IReadOnlyList<FoundInstitution> Institutions,
    IReadOnlyList<string> Countries,
    bool? DirectionGuessed);
