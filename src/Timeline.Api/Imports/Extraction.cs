using Timeline.Api.Records;
using Timeline.Domain.Dates;
using Timeline.Domain.Records;

namespace Timeline.Api.Imports;

/// <summary>What the extractor read in one paragraph, and how sure it is.</summary>
public sealed record Extraction(
    int Index,
    ActivityKind? Kind,
    string? SkipReason,
    HistoricalDate Date,
    IReadOnlyList<FoundInstitution> Institutions,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Places,
    IReadOnlyList<PersonInput> People,
    VisitDirection? Direction,
    int? MemberCount,
    string? AgreementType,
    double Confidence,
    IReadOnlyList<string> Doubts)
{
    public bool IsActivity => Kind is not null;
}
