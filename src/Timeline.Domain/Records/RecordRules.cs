namespace Timeline.Domain.Records;

/// <summary>Invariants every version of a record's facts must hold.</summary>
public static class RecordRules
{
    public const int MaxTitleLength = 300;
    public const int MaxNoteLength = 2_000;

    public static void CheckFacts(ActivityFacts facts)
    {
        if (string.IsNullOrWhiteSpace(facts.Title))
            throw new DomainException(DomainErrors.InvalidValue, "A record needs a title.", "title");
        if (facts.Title.Length > MaxTitleLength)
            throw new DomainException(DomainErrors.InvalidValue, $"A title has at most {MaxTitleLength} characters.", "title");
        if (facts.Institutions.Count == 0)
            throw new DomainException(DomainErrors.NoInstitution, "A record needs at least one institution taking part.", "institutions");
        var duplicate = facts.Institutions.GroupBy(i => i.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new DomainException(DomainErrors.InvalidValue, $"Institution '{duplicate.Key}' is listed twice.", "institutions");
    }

    public static string CheckReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason)
            ? throw new DomainException(DomainErrors.InvalidValue, "A reason is required.", "reason")
            : reason.Trim();

    /// <summary>A review's note is optional; a blank one is no note, and a long one is refused rather than cut.</summary>
    public static string? CheckNote(string? note)
    {
        if (string.IsNullOrWhiteSpace(note))
            return null;
        var trimmed = note.Trim();
        return trimmed.Length <= MaxNoteLength
            ? trimmed
            : throw new DomainException(DomainErrors.InvalidValue, $"A note has at most {MaxNoteLength} characters.", "note");
    }
}
