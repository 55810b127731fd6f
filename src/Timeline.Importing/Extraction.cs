using Timeline.Domain.Dates;
using Timeline.Domain.Records;

namespace Timeline.Importing;

/// <summary>What the extractor read in one paragraph, and how sure it is.</summary>
public sealed record Extraction(
    int Index,
    ActivityKind? Kind,
    string? SkipReason,
    HistoricalDate Date,
    IReadOnlyList<FoundInstitution> Institutions,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Places,
    IReadOnlyList<FoundPerson> People,
    VisitDirection? Direction,
    int? MemberCount,
    string? AgreementType,
    double Confidence,
    IReadOnlyList<string> Doubts)
{
    public bool IsActivity => Kind is not null;
}

/// <summary>A person named with a role ("Wang Ping, vice president of ..."); which institution they belong to is not guessed.</summary>
public sealed record FoundPerson(string Name, string Role);
