namespace Timeline.Importing;

/// <summary>
/// One reason to doubt a reading: the field it concerns (kind, date, institutions, countries, direction, paragraph),
/// the signal that fired, and how much it lowers the confidence. It reads as "institutions: ..." in the review list.
/// </summary>
public sealed record Doubt(string Field, string Signal, double Weight)
{
    /// <summary>A signal that fires mostly on wrong readings: alone, it sends a reading to review.</summary>
    public const double Strong = 0.4;

    /// <summary>A signal that fires on wrong readings often, though not mostly: with any other doubt it sends a reading to review.</summary>
    public const double Lesser = 0.2;

    /// <summary>A signal common among right readings too: it counts beside a lesser doubt, or with two more of its kind.</summary>
    public const double Slight = 0.15;

    public override string ToString() => $"{Field}: {Signal}";
}
