namespace Timeline.Domain;

/// <summary>
/// A rule of the domain was broken. <see cref="Code"/> is stable for callers to branch on;
/// <see cref="Field"/> names the offending input when there is one.
/// </summary>
public sealed class DomainException(string code, string message, string? field = null) : Exception(message)
{
    public string Code { get; } = code;
    public string? Field { get; } = field;
}

public static class DomainErrors
{
    public const string InvalidDate = "invalid-date";
    public const string IntervalEndsBeforeStart = "interval-ends-before-start";
    public const string UnknownCountry = "unknown-country";
    public const string NoInstitution = "no-institution";
    public const string InvalidValue = "invalid-value";
    public const string RecordAlreadyExists = "record-already-exists";
    public const string RecordNotFound = "record-not-found";
    public const string RecordRetracted = "record-retracted";
    public const string NothingToCorrect = "nothing-to-correct";
    public const string InstitutionNotFound = "institution-not-found";
    public const string InstitutionConflict = "institution-conflict";
}
