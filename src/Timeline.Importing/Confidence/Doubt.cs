namespace Timeline.Importing;

/// <summary>
/// One reason to doubt a reading: the field it concerns (kind, date, institutions, countries, direction, paragraph),
/// the signal that fired, and how much it lowers the confidence. It reads as "institutions: ..." in the review list.
/// </summary>
public sealed record Doubt(string Field, string Signal, double Weight)
{
    /// <summary>Alone, a doubt this strong sends a reading to review.</summary>
    public const double Strong = 0.4;

    /// <summary>Two doubts this strong together send a reading to review; one alone does not.</summary>
    public const double Lesser = 0.2;

    /// <summary>Three of these together send a reading to review.</summary>
    public const double Slight = 0.15;

    public override string ToString() => $"{Field}: {Signal}";
}
